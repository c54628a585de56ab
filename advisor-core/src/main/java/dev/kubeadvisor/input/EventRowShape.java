package dev.kubeadvisor.input;

import java.util.regex.Pattern;

/**
 * The layout of an event row pasted without its header: as describe prints it ({@code Warning  BackOff  3m (x12
 * over 10m)  kubelet  Back-off restarting failed container}), or as {@code kubectl get events} / {@code kubectl
 * events} print it ({@code 3m  Warning  BackOff  pod/web-1  Back-off ...}), with or without the NAMESPACE column.
 */
public enum EventRowShape {
    DESCRIBE("TYPE  REASON  AGE  FROM  MESSAGE"),
    LISTED("LAST SEEN  TYPE  REASON  OBJECT  MESSAGE"),
    LISTED_WITH_NAMESPACE("NAMESPACE  LAST SEEN  TYPE  REASON  OBJECT  MESSAGE");

    private static final Pattern CELLS = Pattern.compile("\\s{2,}|\t+");
    private static final Pattern AGE =
            Pattern.compile("<unknown>|\\d{1,9}(?:\\.\\d+)?[smhdy](?:\\d{1,9}[smhd])?(?: \\(x\\d{1,9} over \\S{1,20}\\))?");
    private static final Pattern OBJECT = Pattern.compile("[A-Za-z][A-Za-z.]*/\\S+");
    private static final Pattern TYPE = Pattern.compile("Normal|Warning");

    private final String header;

    EventRowShape(String header) {
        this.header = header;
    }

    /** The header kubectl would have printed above such rows. */
    public String header() {
        return header;
    }

    /** The shape of a headerless event row, or {@code null} when {@code text} is no event row. */
    public static EventRowShape of(String text) {
        String stripped = text.strip();
        if (stripped.length() < 10 || !(stripped.contains("Normal") || stripped.contains("Warning"))) {
            return null;
        }
        String[] cells = CELLS.split(stripped, 7);
        if (cells.length >= 4 && TYPE.matcher(cells[0]).matches() && AGE.matcher(cells[2]).matches()) {
            return DESCRIBE;
        }
        if (cells.length >= 5 && TYPE.matcher(cells[1]).matches() && AGE.matcher(cells[0]).matches()
                && OBJECT.matcher(cells[3]).matches()) {
            return LISTED;
        }
        if (cells.length >= 6 && TYPE.matcher(cells[2]).matches() && AGE.matcher(cells[1]).matches()
                && OBJECT.matcher(cells[4]).matches()) {
            return LISTED_WITH_NAMESPACE;
        }
        return null;
    }
}
