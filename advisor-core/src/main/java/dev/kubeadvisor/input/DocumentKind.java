package dev.kubeadvisor.input;

import dev.kubeadvisor.model.SourceLine;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Tells which object a {@code kubectl describe} document is about, from the top-level fields it has. */
public final class DocumentKind {

    public static final String POD = "describe-pod";
    public static final String NODE = "describe-node";
    public static final String DEPLOYMENT = "describe-deployment";
    public static final String REPLICA_SET = "describe-replicaset";
    public static final String STATEFUL_SET = "describe-statefulset";
    public static final String DAEMON_SET = "describe-daemonset";
    public static final String JOB = "describe-job";
    public static final String CRON_JOB = "describe-cronjob";
    public static final String SERVICE = "describe-service";
    public static final String PVC = "describe-pvc";
    public static final String SECRET = "describe-secret";
    public static final String CONFIG_MAP = "describe-configmap";
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
        // every line of a table is asked: the first character rules out most of them without the pattern
        return !text.isEmpty() && "-akims".indexOf(text.charAt(0)) >= 0 && YAML_START.matcher(text).matches();
    }

    private static final Pattern UNDERLINE = Pattern.compile("^=+$");

    static String of(List<SourceLine> lines) {
        Set<String> keys = topLevelKeys(lines);
        // before the fields: a config map's values are printed raw and may look like any field
        if (hasDataSection(lines)) {
            return keys.contains("Type") ? SECRET : CONFIG_MAP;
        }
        if (keys.contains("Desired Number of Nodes Scheduled")) {
            return DAEMON_SET;
        }
        if (keys.contains("Schedule") && keys.contains("Concurrency Policy")) {
            return CRON_JOB;
        }
        if (keys.contains("Update Strategy") || keys.contains("Volume Claims")) {
            return STATEFUL_SET;
        }
        if (keys.contains("Pod Template") && keys.contains("StrategyType")) {
            return DEPLOYMENT;
        }
        if (keys.contains("Pod Template") && keys.contains("Replicas")) {
            return REPLICA_SET;
        }
        if (keys.contains("Pods Statuses") || keys.contains("Completions")) {
            return JOB;
        }
        // before the node: a claim has a Capacity line too
        if (keys.contains("StorageClass") && keys.contains("Access Modes")) {
            return PVC;
        }
        if (keys.contains("Roles") || keys.contains("Taints") || keys.contains("Capacity")) {
            return NODE;
        }
        if (keys.contains("Selector") && (keys.contains("Endpoints") || keys.contains("TargetPort"))) {
            return SERVICE;
        }
        if (keys.contains("Containers") || keys.contains("Namespace")
                && (keys.contains("Node") || keys.contains("Status") || keys.contains("Start Time"))) {
            return POD;
        }
        return "describe-unknown";
    }

    /** The fields {@link #of} asks about. */
    private static final String[] TELLING_KEYS = {"Type", "Desired Number of Nodes Scheduled", "Schedule",
            "Concurrency Policy", "Update Strategy", "Volume Claims", "Pod Template", "StrategyType", "Replicas",
            "Pods Statuses", "Completions", "StorageClass", "Access Modes", "Roles", "Taints", "Capacity", "Selector",
            "Endpoints", "TargetPort", "Containers", "Namespace", "Node", "Status", "Start Time"};

    /** {@link #TELLING_KEYS} by length: a line is compared only to the keys as long as the text before its colon. */
    private static final String[][] TELLING_KEYS_BY_LENGTH = byLength(TELLING_KEYS);

    private static String[][] byLength(String[] keys) {
        int longest = Arrays.stream(keys).mapToInt(String::length).max().orElse(0);
        String[][] byLength = new String[longest + 1][];
        for (int length = 0; length <= longest; length++) {
            int size = length;
            byLength[length] = Arrays.stream(keys).filter(key -> key.length() == size).toArray(String[]::new);
        }
        return byLength;
    }

    /** Which of {@link #TELLING_KEYS} the document has at top level, without copying any line's key. */
    private static Set<String> topLevelKeys(List<SourceLine> lines) {
        Set<String> keys = new HashSet<>();
        for (SourceLine line : lines) {
            String text = line.text();
            int colon = text.startsWith(" ") ? -1 : text.indexOf(':');
            if (colon > 0 && colon < TELLING_KEYS_BY_LENGTH.length) {
                for (String key : TELLING_KEYS_BY_LENGTH[colon]) {
                    if (text.startsWith(key)) {
                        keys.add(key);
                    }
                }
            }
        }
        return keys;
    }

    private static boolean hasDataSection(List<SourceLine> lines) {
        for (int i = 0; i + 1 < lines.size(); i++) {
            String text = lines.get(i).text();
            if ((StrippedText.is(text, "Data") || StrippedText.is(text, "BinaryData"))
                    && UNDERLINE.matcher(lines.get(i + 1).text().strip()).matches()) {
                return true;
            }
        }
        return false;
    }
}
