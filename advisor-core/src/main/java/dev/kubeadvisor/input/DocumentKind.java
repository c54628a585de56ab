package dev.kubeadvisor.input;

import dev.kubeadvisor.model.SourceLine;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Tells which object a {@code kubectl describe} document is about, from the top-level fields it has. */
public final class DocumentKind {

    public static final String POD = "describe-pod";
    /** {@code kubectl logs} output, current or {@code --previous}. */
    public static final String LOGS = "logs";
    /** {@code kubectl get -o json}: one object or a List. */
    public static final String JSON = "json";
    /** {@code kubectl get -o yaml}, or a pasted fragment of it such as a {@code status:} block. */
    public static final String YAML = "yaml";

    private DocumentKind() {
    }

    private static final Pattern EXCERPT_MARKER =
            Pattern.compile("^(?:(?:Init )?Containers:\\s*|Events:\\s*|\\s+(?:Last )?State:\\s+(?:Waiting|Running|Terminated)\\s*|\\s*Exit Code:\\s+-?\\d{1,9}\\s*)$");

    /**
     * True for a pasted excerpt of {@code kubectl describe pod} that lost its {@code Name:} line (users cut the
     * interesting part out and elide the rest with "..."): it still has container states, an exit code or the
     * events table.
     */
    static boolean isPodExcerpt(List<SourceLine> lines) {
        return lines.stream().anyMatch(line -> EXCERPT_MARKER.matcher(line.text()).matches());
    }

    private static final Pattern YAML_START =
            Pattern.compile("^(?:---\\s*|(?:apiVersion|kind|items|metadata|spec|status):(?:\\s.*)?)$");

    private static final Pattern LOG_FILE_NAME = Pattern.compile("(?:.*/)?logs?(?:[-_.][^/]*)?\\.(?:txt|log)");

    /** A file named like {@code logs-previous.txt}: read whole as container logs. */
    static boolean isLogFile(String fileName) {
        return LOG_FILE_NAME.matcher(fileName).matches();
    }

    /** The first line of {@code kubectl get -o yaml} output, or of a pasted fragment such as a {@code status:} block. */
    static boolean startsYaml(String text) {
        return YAML_START.matcher(text).matches();
    }

    static String of(List<SourceLine> lines) {
        Set<String> keys = new HashSet<>();
        for (SourceLine line : lines) {
            String text = line.text();
            int colon = text.indexOf(':');
            if (colon > 0 && !text.startsWith(" ")) {
                keys.add(text.substring(0, colon));
            }
        }
        if (keys.contains("Pod Template") && keys.contains("StrategyType")) {
            return "describe-deployment";
        }
        if (keys.contains("Pod Template") && keys.contains("Replicas")) {
            return "describe-replicaset";
        }
        if (keys.contains("Pods Statuses") || keys.contains("Completions")) {
            return "describe-job";
        }
        // before the node: a claim has a Capacity line too
        if (keys.contains("StorageClass") && keys.contains("Access Modes")) {
            return "describe-pvc";
        }
        if (keys.contains("Roles") || keys.contains("Taints") || keys.contains("Capacity")) {
            return "describe-node";
        }
        if (keys.contains("Selector") && (keys.contains("Endpoints") || keys.contains("TargetPort"))) {
            return "describe-service";
        }
        if (keys.contains("Containers") || keys.contains("Namespace")
                && (keys.contains("Node") || keys.contains("Status") || keys.contains("Start Time"))) {
            return POD;
        }
        return "describe-unknown";
    }
}
