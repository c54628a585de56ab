package dev.kubeadvisor.parse.logs;

import dev.kubeadvisor.model.ContainerStatus;
import dev.kubeadvisor.model.ObjectRef;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which pod, container and run a log document comes from, as far as the input says: from the pasted command line
 * ({@code $ kubectl logs web-1 -c app --previous -n shop}) or from the document's name. {@code null} parts are
 * unknown and are resolved against the rest of the snapshot later ({@link LogAttribution}).
 *
 * <p>The naming convention for log files (live mode writes them so): {@code <namespace>/<pod>/<container>/logs.txt}
 * for the current run and {@code <namespace>/<pod>/<container>/logs-previous.txt} for the previous one, as a
 * relative path with exactly these three folders. Any other path is not read for names (an absolute path or
 * {@code samples/case-1/logs.txt} says nothing about the pod); a file name containing {@code previous} still marks
 * the previous run.
 */
record LogSource(String namespace, String pod, String container, boolean previous, boolean timestamps) {

    private static final Pattern PROMPT = Pattern.compile("^(?:[^$#%>]{0,200}[$#%>]\\s{0,8})?kubectl\\s(.{0,2000})$");
    private static final Pattern NAME = Pattern.compile("[a-z0-9]([a-z0-9.-]{0,251}[a-z0-9])?");
    private static final Set<String> FLAGS_WITH_VALUE = Set.of("-n", "--namespace", "-c", "--container", "-l",
            "--selector", "--tail", "--since", "--since-time", "--context", "--kubeconfig", "--cluster", "--user",
            "--limit-bytes", "--max-log-requests", "--pod-running-timeout", "-s", "--server", "--as", "--as-group",
            "--request-timeout", "--token");
    private static final Set<String> POD_RESOURCES = Set.of("pod", "pods", "po");

    static final LogSource UNKNOWN = new LogSource(null, null, null, false, false);

    /** The command line {@code kubectl ... logs ...} on {@code line}, or {@code null} when it is no such line. */
    static LogSource ofPrompt(String line) {
        Matcher prompt = PROMPT.matcher(line.strip());
        if (!prompt.matches() || !line.contains("logs")) {
            return null;
        }
        List<String> words = List.of(prompt.group(1).split("\\|", 2)[0].trim().split("\\s+"));
        if (!words.contains("logs") && !words.contains("log")) {
            return null;
        }
        String namespace = null;
        String container = null;
        String pod = null;
        boolean previous = false;
        boolean timestamps = false;
        boolean afterVerb = false;
        int positional = 0;
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            String flag = word.contains("=") ? word.substring(0, word.indexOf('=')) : word;
            String value = word.contains("=") ? word.substring(word.indexOf('=') + 1)
                    : FLAGS_WITH_VALUE.contains(flag) && i + 1 < words.size() ? words.get(++i) : null;
            switch (flag) {
                case "-n", "--namespace" -> namespace = value;
                case "-c", "--container" -> container = value;
                case "-p", "--previous" -> previous = value == null || value.equals("true");
                case "--timestamps" -> timestamps = value == null || value.equals("true");
                default -> {
                    if (flag.startsWith("-")) {
                        continue;
                    }
                    if (!afterVerb) {
                        afterVerb = word.equals("logs") || word.equals("log");
                    } else if (positional++ == 0) {
                        pod = podName(word);
                    } else if (positional == 2) {
                        container = word;
                    }
                }
            }
        }
        return new LogSource(valid(namespace), valid(pod), valid(container), previous, timestamps);
    }

    /**
     * The pod, container and run a document name gives, following the convention above; {@link #UNKNOWN} with only
     * {@code previous} set otherwise.
     */
    static LogSource ofDocumentName(String document) {
        String[] parts = document.replace('\\', '/').split("/");
        boolean previous = parts[parts.length - 1].contains("previous");
        if (parts.length == 4 && !document.startsWith("/") && valid(parts[0]) != null && valid(parts[1]) != null
                && valid(parts[2]) != null) {
            return new LogSource(parts[0], parts[1], parts[2], previous, false);
        }
        return new LogSource(null, null, null, previous, false);
    }

    /** This source, with what it does not know taken from {@code fallback}. */
    LogSource or(LogSource fallback) {
        boolean named = pod != null;
        return new LogSource(namespace != null ? namespace : fallback.namespace,
                named ? pod : fallback.pod,
                container != null ? container : named && fallback.pod != null && !pod.equals(fallback.pod) ? null
                        : fallback.container,
                previous || fallback.previous, timestamps || fallback.timestamps);
    }

    ObjectRef podRef() {
        return new ObjectRef("Pod", namespace, pod == null ? ObjectRef.UNKNOWN_POD : pod);
    }

    String containerName() {
        return container == null ? ContainerStatus.UNNAMED : container;
    }

    /** {@code web-1} from {@code web-1} or {@code pod/web-1}; null for another resource ({@code deploy/web}). */
    private static String podName(String word) {
        int slash = word.indexOf('/');
        if (slash < 0) {
            return word;
        }
        return POD_RESOURCES.contains(word.substring(0, slash)) ? word.substring(slash + 1) : null;
    }

    private static String valid(String name) {
        return name != null && NAME.matcher(name).matches() ? name : null;
    }
}
