package dev.kubeadvisor.input;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Tells which {@code kubectl get} (or {@code kubectl events}) table a header line starts. */
public final class TableKind {

    /** {@code kubectl get events}: {@code LAST SEEN  TYPE  REASON  OBJECT  MESSAGE} (wide adds columns). */
    public static final String GET_EVENTS = "get-events";
    /** {@code kubectl events}: the same columns, with describe's {@code 3m (x5 over 20m)} ages and {@code Pod/x}. */
    public static final String EVENTS = "events";
    /** Event rows pasted without their header, as describe prints them: {@code Warning  BackOff  3m  kubelet  ...}. */
    public static final String EVENT_ROWS = "event-rows";
    public static final String GET_PODS = "get-pods";
    /** A {@code kubectl get} table of another resource, or of one the header does not tell. */
    public static final String GET_OTHER = "get-table";

    /** Longer lines are no header: kubectl's widest (get events -o wide) is about 120 characters. */
    private static final int LONGEST_HEADER = 1000;
    private static final String HEADER_PUNCTUATION = "()/._- \t";
    private static final Pattern CELL_SEPARATOR = Pattern.compile(" {2,}|\t+");

    /** Header cells after NAME (and the optional NAMESPACE) that tell the resource. */
    private static final Map<List<String>, String> BY_COLUMNS = Map.of(
            List.of("READY", "STATUS", "RESTARTS"), GET_PODS,
            List.of("STATUS", "ROLES"), "get-nodes",
            List.of("READY", "UP-TO-DATE", "AVAILABLE"), "get-deployments",
            List.of("DESIRED", "CURRENT", "READY"), "get-replicasets",
            List.of("COMPLETIONS", "DURATION"), "get-jobs",
            List.of("STATUS", "COMPLETIONS", "DURATION"), "get-jobs",
            List.of("STATUS", "VOLUME", "CAPACITY"), "get-pvc",
            List.of("TYPE", "CLUSTER-IP", "EXTERNAL-IP"), "get-services");

    private TableKind() {
    }

    /** The kind of table {@code text} is the header of, or {@code null} when it is no table header. */
    public static String ofHeader(String text) {
        return looksLikeHeader(text) ? ofHeaderCells(text) : null;
    }

    /**
     * The cells of a line that looks like a header, read apart from {@link #ofHeader}: the stream splitter asks every
     * line at column 0, and few of them get this far.
     */
    private static String ofHeaderCells(String text) {
        List<String> cells = List.of(CELL_SEPARATOR.split(text.strip()));
        if (!cells.isEmpty() && cells.get(0).equals("NAMESPACE")) {
            cells = cells.subList(1, cells.size());
        }
        if (cells.size() >= 4 && cells.get(0).equals("LAST SEEN") && cells.contains("TYPE") && cells.contains("REASON")) {
            return GET_EVENTS;
        }
        if (cells.size() < 2 || !cells.get(0).equals("NAME")) {
            return null;
        }
        for (Map.Entry<List<String>, String> known : BY_COLUMNS.entrySet()) {
            List<String> columns = known.getKey();
            if (cells.size() > columns.size() && cells.subList(1, columns.size() + 1).equals(columns)) {
                return known.getValue();
            }
        }
        return GET_OTHER;
    }

    /** Upper-case words, at least two cells apart by two spaces or a tab. */
    static boolean looksLikeHeader(String text) {
        if (text.isEmpty() || text.length() > LONGEST_HEADER || text.charAt(0) < 'A' || text.charAt(0) > 'Z') {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if (!isHeaderCharacter(text.charAt(i))) {
                return false;
            }
        }
        String stripped = text.strip();
        return stripped.contains("  ") || stripped.contains("\t");
    }

    /** Upper-case letters, digits and the punctuation of column names ({@code LAST SEEN}, {@code UP-TO-DATE}). */
    private static boolean isHeaderCharacter(char c) {
        return c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || HEADER_PUNCTUATION.indexOf(c) >= 0;
    }

    /** A table of events, whichever command printed it. */
    public static boolean isEvents(String kind) {
        return GET_EVENTS.equals(kind) || EVENTS.equals(kind) || EVENT_ROWS.equals(kind);
    }
}
