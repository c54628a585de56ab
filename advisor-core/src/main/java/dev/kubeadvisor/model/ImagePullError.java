package dev.kubeadvisor.model;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text of the kubelet's image pull events: the runtime's error in {@code Failed to pull image "ref": <error>},
 * the innermost cause of a Go error chain, and the pull secrets named by {@code FailedToRetrieveImagePullSecret}.
 */
public final class ImagePullError {

    private static final Pattern FAILED_PULL = Pattern.compile("Failed to pull image \"[^\"]*\": (.+)", Pattern.DOTALL);
    private static final Pattern MISSING_PULL_SECRETS =
            Pattern.compile("Unable to retrieve some image pull secrets \\(([^)]*)\\)");

    private ImagePullError() {
    }

    /** The runtime's error after {@code Failed to pull image "ref": }, or {@code null} for any other message. */
    public static String of(String message) {
        if (message == null) {
            return null;
        }
        Matcher m = FAILED_PULL.matcher(message);
        return m.find() ? m.group(1).strip() : null;
    }

    /**
     * The last link of a Go error chain ({@code a: b: c} gives {@code c}): {@code dial tcp: lookup reg on
     * 10.96.0.10:53: no such host} gives {@code no such host}.
     */
    public static String innermostCause(String error) {
        if (error == null) {
            return null;
        }
        String[] links = error.strip().split(": ");
        for (int i = links.length - 1; i >= 0; i--) {
            String link = links[i].strip();
            if (!link.isEmpty()) {
                return link;
            }
        }
        return error.strip();
    }

    /** The first of comma-separated secret names, or {@code fallback} when there is none. */
    public static String firstSecret(String names, String fallback) {
        return names == null || names.isBlank() ? fallback : names.split(",\\s*")[0];
    }

    /** A pod spec fragment (JSON) that names the pull secret {@code name}. */
    public static String pullSecretsSpec(String name) {
        return "{\"imagePullSecrets\":[{\"name\":\"" + name + "\"}]}";
    }

    /** The secret names in {@code Unable to retrieve some image pull secrets (a, b); ...}, or {@code null}. */
    public static String missingPullSecrets(String message) {
        if (message == null) {
            return null;
        }
        Matcher m = MISSING_PULL_SECRETS.matcher(message);
        return m.find() && !m.group(1).isBlank() ? m.group(1).strip() : null;
    }
}
