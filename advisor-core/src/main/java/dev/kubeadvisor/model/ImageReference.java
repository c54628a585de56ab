package dev.kubeadvisor.model;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Container image references ({@code [registry[:port]/]repository[:tag][@digest]}) as pod specs and kubelet events
 * spell them: the reference quoted in an event message, the registry it is pulled from, a normal form to compare two
 * spellings of the same image, and why the kubelet cannot parse one.
 */
public final class ImageReference {

    public static final String DOCKER_HUB = "docker.io";

    /** The image the kubelet quotes in Pulling, Pulled, Failed, BackOff, InspectFailed and ErrImageNeverPull events. */
    private static final Pattern QUOTED = Pattern.compile(
            "(?i)(?:pull image|pulling image|pulled image|default image tag|inspect image|container image) \"([^\"]*)\"");
    private static final Pattern PATH_COMPONENT = Pattern.compile("[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*");
    private static final Pattern DOMAIN = Pattern.compile(
            "(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])(?:\\.(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9]))*"
                    + "(?::[0-9]+)?|\\[[0-9a-fA-F:.]+](?::[0-9]+)?");
    private static final Pattern TAG = Pattern.compile("[\\w][\\w.-]{0,127}");
    private static final Pattern DIGEST = Pattern.compile("[a-z0-9]+(?:[.+_-][a-z0-9]+)*:[0-9a-fA-F]{32,}");

    private ImageReference() {
    }

    /** The image reference an event message quotes, or {@code null}. */
    public static String quotedIn(String message) {
        // the quote is looked for first: most messages quote nothing, and the regex ignores case
        if (message == null || message.indexOf('"') < 0) {
            return null;
        }
        Matcher m = QUOTED.matcher(message);
        return m.find() ? m.group(1) : null;
    }

    /** True when both spell the same image: {@code nginx} and {@code docker.io/library/nginx:latest}. */
    public static boolean same(String a, String b) {
        if (a == null || b == null) {
            return false;
        }
        return a.equals(b) || normalised(a).equals(normalised(b));
    }

    /** The registry host the image is pulled from: {@code docker.io} when the reference names none. */
    public static String registry(String reference) {
        String[] parts = splitDomain(reference);
        return parts[0];
    }

    /** The host that serves the registry API: Docker Hub's is {@code registry-1.docker.io}. */
    public static String apiHost(String reference) {
        String registry = registry(reference);
        return registry.equals(DOCKER_HUB) ? "registry-1.docker.io" : registry;
    }

    /** The {@code --docker-server} of a pull secret for the image: Docker Hub's is its legacy index URL. */
    public static String pullSecretServer(String reference) {
        String registry = registry(reference);
        return registry.equals(DOCKER_HUB) ? "https://index.docker.io/v1/" : registry;
    }

    /** The reference without its tag and digest, as written: {@code registry.example.com/shop/web}. */
    public static String repository(String reference) {
        String name = withoutDigest(reference);
        int tag = tagSeparator(name);
        return tag < 0 ? name : name.substring(0, tag);
    }

    /** The tag as written ({@code 1.4.2}, {@code latest}), or {@code null} when the reference has none. */
    public static String tag(String reference) {
        String name = withoutDigest(reference);
        int tagAt = tagSeparator(name);
        return tagAt < 0 ? null : name.substring(tagAt + 1);
    }

    /** True when the reference pins the image by digest ({@code @sha256:...}), whatever its tag says. */
    public static boolean hasDigest(String reference) {
        return reference.indexOf('@') >= 0;
    }

    /** The fully qualified form: {@code nginx} becomes {@code docker.io/library/nginx:latest}. */
    public static String normalised(String reference) {
        String[] parts = splitDomain(reference);
        String domain = parts[0];
        String remainder = parts[1];
        if (domain.equals(DOCKER_HUB) && remainder.indexOf('/') < 0) {
            remainder = "library/" + remainder;
        }
        String name = withoutDigest(remainder);
        boolean tagged = tagSeparator(name) >= 0 || remainder.contains("@");
        return domain + "/" + remainder + (tagged ? "" : ":latest");
    }

    /**
     * Why the kubelet cannot parse the reference (its {@code InvalidImageName}), in plain words; {@code null} when
     * the reference follows the grammar.
     */
    public static String problem(String reference) {
        if (reference == null || reference.isBlank()) {
            return "it is empty";
        }
        for (int i = 0; i < reference.length(); i++) {
            if (Character.isWhitespace(reference.charAt(i))) {
                return "it contains white space";
            }
        }
        if (reference.contains("://")) {
            return "it starts with a URL scheme; an image reference is written without http:// or https://";
        }
        if (reference.contains("::")) {
            return "it contains '::' (a colon with nothing between it and the next one)";
        }
        if (reference.endsWith(":") || reference.endsWith("@") || reference.endsWith("/")) {
            return "it ends with '" + reference.charAt(reference.length() - 1) + "' and nothing follows it";
        }
        int at = reference.indexOf('@');
        if (at >= 0 && !DIGEST.matcher(reference.substring(at + 1)).matches()) {
            return "its digest '" + reference.substring(at + 1) + "' is not algorithm:hex (e.g. sha256:<64 hex digits>)";
        }
        String name = withoutDigest(reference);
        int tagAt = tagSeparator(name);
        if (tagAt >= 0 && !TAG.matcher(name.substring(tagAt + 1)).matches()) {
            return "its tag '" + name.substring(tagAt + 1) + "' is not valid (letters, digits, '_', '.', '-', "
                    + "at most 128 characters, not starting with '.' or '-')";
        }
        String[] parts = splitDomain(tagAt >= 0 ? name.substring(0, tagAt) : name);
        if (!DOMAIN.matcher(parts[0]).matches()) {
            return "its registry host '" + parts[0] + "' is not a valid host name";
        }
        return pathProblem(parts[1]);
    }

    /**
     * The reference with its usual mistakes undone (scheme, spaces, '::', a trailing ':' or '@', upper case in the
     * repository path), or {@code null} when that does not give a valid reference.
     */
    public static String corrected(String reference) {
        if (reference == null) {
            return null;
        }
        String fixed = reference.strip().replaceFirst("^[a-zA-Z]+://", "").replaceAll("\\s+", "")
                .replaceAll(":{2,}", ":").replaceAll("[:@/]+$", "");
        String name = withoutDigest(fixed);
        String suffix = fixed.substring(name.length());
        int tagAt = tagSeparator(name);
        String tag = tagAt < 0 ? "" : name.substring(tagAt);
        String[] parts = splitDomain(tagAt < 0 ? name : name.substring(0, tagAt));
        String path = parts[1].toLowerCase(java.util.Locale.ROOT);
        String domain = parts[0];
        boolean domainWritten = (tagAt < 0 ? name : name.substring(0, tagAt)).startsWith(domain + "/");
        fixed = (domainWritten ? domain + "/" : "") + path + tag + suffix;
        return problem(fixed) == null ? fixed : null;
    }

    private static String pathProblem(String path) {
        if (!path.equals(path.toLowerCase(java.util.Locale.ROOT))) {
            return "the repository path '" + path + "' has upper-case letters; repository names must be lower case";
        }
        for (String component : path.split("/", -1)) {
            if (!PATH_COMPONENT.matcher(component).matches()) {
                return "the repository path '" + path + "' has a part ('" + component + "') that is not lower-case "
                        + "letters and digits joined by '.', '_' or '-'";
            }
        }
        return null;
    }

    /** {@code [domain, remainder]}, following the Docker rule: the first part is a host when it has '.', ':' or is localhost. */
    private static String[] splitDomain(String reference) {
        int slash = reference.indexOf('/');
        if (slash < 0) {
            return new String[] {DOCKER_HUB, reference};
        }
        String first = reference.substring(0, slash);
        boolean host = first.contains(".") || first.contains(":") || first.equals("localhost")
                || !first.equals(first.toLowerCase(java.util.Locale.ROOT));
        if (!host) {
            return new String[] {DOCKER_HUB, reference};
        }
        String domain = first.equals("index.docker.io") ? DOCKER_HUB : first;
        return new String[] {domain, reference.substring(slash + 1)};
    }

    private static String withoutDigest(String reference) {
        int at = reference.indexOf('@');
        return at < 0 ? reference : reference.substring(0, at);
    }

    /** The index of the ':' before a tag (after the last '/', so a registry port is not taken for one), or -1. */
    private static int tagSeparator(String name) {
        int colon = name.lastIndexOf(':');
        return colon > name.lastIndexOf('/') ? colon : -1;
    }
}
