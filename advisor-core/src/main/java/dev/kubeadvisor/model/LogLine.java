package dev.kubeadvisor.model;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One line of a container's log ({@code kubectl logs}), attributed to its pod and container. Each line of a
 * multi-line entry (a stack trace) is its own LogLine; {@code index} is the line's position in its run's log, so rules
 * can look at the lines that follow one. {@code timestamp} is the RFC 3339 prefix {@code --timestamps} adds, or
 * {@code null}; {@code text} is the line without the {@code --timestamps} and {@code --prefix} parts.
 *
 * @param previous true for the log of the container's previous run ({@code --previous})
 */
public record LogLine(ObjectRef pod, String container, boolean previous, int index, String timestamp, String text,
                      SourceLine line) {

    /** The same line attributed to another pod and container (when the input names them elsewhere). */
    public LogLine attributedTo(ObjectRef pod, String container) {
        return new LogLine(pod, container, previous, index, timestamp, text, line);
    }

    private static final Pattern RECOVERY = Pattern.compile("(?i)\\b(?:connected to|connection (?:to \\S{1,300} )?"
            + "(?:established|succeeded|successful)|successfully connected|listening on|ready to accept connections"
            + "|started server on)");
    private static final int MOST_DETAILS = 3;

    /** The Kubernetes API's RBAC refusal this line quotes, or {@code null}. */
    public ApiForbidden apiForbidden() {
        return ApiForbidden.in(text);
    }

    /** The first detail of {@code signature} in the collected lines, or {@code fallback} when none has one. */
    public static String firstDetail(LogSignature signature, Collection<?> lines, String fallback) {
        return inLogOrder(lines).stream().map(l -> signature.in(l.text())).filter(d -> d != null && !d.isEmpty())
                .findFirst().orElse(fallback);
    }

    /** True when this line shows {@code signature}. */
    public boolean shows(LogSignature signature) {
        return signature.isIn(text);
    }

    /**
     * True when the line says a connection or a listener now works ({@code connected to db:5432},
     * {@code Listening on :8080}): a failure logged before it was overcome.
     */
    public boolean reportsRecovery() {
        return (text.contains("onnect") || text.contains("istening") || text.contains("ready") || text.contains("tarted"))
                && RECOVERY.matcher(text).find();
    }

    /**
     * The distinct details of {@code signature} in the collected lines, in log order, at most three named; empty when
     * no line names one.
     */
    public static String details(LogSignature signature, Collection<?> lines) {
        List<String> details = inLogOrder(lines).stream().map(l -> signature.in(l.text()))
                .filter(d -> d != null && !d.isEmpty()).distinct().toList();
        return String.join(", ", details.subList(0, Math.min(MOST_DETAILS, details.size())))
                + (details.size() > MOST_DETAILS ? " and " + (details.size() - MOST_DETAILS) + " more" : "");
    }

    /** The first and the last of the collected lines: where a repeated failure starts and how the log ends. */
    public static List<SourceLine> firstAndLast(Collection<?> lines) {
        List<LogLine> ordered = inLogOrder(lines);
        return ordered.isEmpty() ? List.of()
                : List.of(ordered.get(0).line(), ordered.get(ordered.size() - 1).line()).stream().distinct().toList();
    }

    /** The position of the last of the collected lines in its run's log, or -1 when there is none. */
    public static int lastIndex(Collection<?> lines) {
        return lines.stream().mapToInt(l -> ((LogLine) l).index()).max().orElse(-1);
    }

    static List<LogLine> inLogOrder(Collection<?> lines) {
        return lines.stream().map(LogLine.class::cast).sorted(Comparator.comparingInt(LogLine::index)).toList();
    }
}
