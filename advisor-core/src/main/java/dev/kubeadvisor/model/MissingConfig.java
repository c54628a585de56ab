package dev.kubeadvisor.model;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Secret or ConfigMap (or one of its keys) the kubelet could not find, as its messages name it:
 * {@code secret "db-credentials" not found}, {@code configmap "web-config" not found},
 * {@code couldn't find key password in Secret shop/db-credentials}. {@code kind} is {@code Secret} or
 * {@code ConfigMap}; {@code key} is {@code null} when the whole object is missing.
 */
public record MissingConfig(String kind, String name, String key) {

    public static final String SECRET = "Secret";
    public static final String CONFIG_MAP = "ConfigMap";

    private static final Pattern OBJECT_NOT_FOUND =
            Pattern.compile("\\b(secret|configmap)s? \"([^\"]+)\" not found", Pattern.CASE_INSENSITIVE);
    private static final String KEY_NOT_FOUND_WORDS = "ouldn't find key ";
    private static final Pattern KEY_NOT_FOUND =
            Pattern.compile("[Cc]ouldn't find key (\\S+) in (Secret|ConfigMap) (?:[^/\\s]+/)?(\\S+)");

    /** What the message says is missing, or {@code null} when it says no such thing. */
    public static MissingConfig in(String message) {
        if (message == null) {
            return null;
        }
        // what each wording cannot do without is looked for first: most messages say nothing is missing
        if (message.contains(KEY_NOT_FOUND_WORDS)) {
            Matcher key = KEY_NOT_FOUND.matcher(message);
            if (key.find()) {
                return new MissingConfig(key.group(2), key.group(3), key.group(1));
            }
        }
        if (message.indexOf('"') < 0) {
            return null;
        }
        Matcher object = OBJECT_NOT_FOUND.matcher(message);
        return object.find() ? new MissingConfig(object.group(1).equalsIgnoreCase("secret") ? SECRET : CONFIG_MAP,
                object.group(2), null) : null;
    }

    public boolean isSecret() {
        return SECRET.equals(kind);
    }

    public boolean isKeyMissing() {
        return key != null;
    }

    /** How an environment variable refers to this kind of object. */
    public EnvSource envSource() {
        return isSecret() ? EnvSource.SECRET : EnvSource.CONFIG_MAP;
    }
}
