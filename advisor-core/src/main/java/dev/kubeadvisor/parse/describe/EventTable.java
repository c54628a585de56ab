package dev.kubeadvisor.parse.describe;

import dev.kubeadvisor.model.KubeEvent;
import dev.kubeadvisor.model.ObjectRef;
import dev.kubeadvisor.model.SourceLine;
import dev.kubeadvisor.parse.table.RegexSpace;
import dev.kubeadvisor.parse.table.TextTable;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the {@code Events:} table every describer prints: the modern {@code Type Reason Age From Message} layout
 * and the old {@code FirstSeen LastSeen Count From SubObjectPath Type Reason Message} one. The header offsets give
 * the column starts (the whole table is one tabwriter block); rows that do not line up are split on runs of spaces.
 */
public final class EventTable {

    private static final String FIELD_PATH_START = "spec.";
    private static final Pattern FIELD_PATH_PREFIX =
            Pattern.compile("^spec\\.(?:containers|initContainers|ephemeralContainers)\\{([^}]+)\\}: ");
    private static final Pattern FIELD_PATH = Pattern.compile("spec\\.(?:containers|initContainers|ephemeralContainers)\\{([^}]+)\\}");
    private static final List<Wording> CONTAINER_IN_MESSAGE = List.of(
            new Wording("failed container ", Pattern.compile("failed container (\\S+?)(?: in pod|$)")),
            new Wording("Container ", Pattern.compile("^Container (\\S+) (?:failed|definition changed)")),
            new Wording(" container", Pattern.compile("^(?:Created|Started|Stopping) container:? (\\S+)")),
            new Wording(" lifecycle hook (",
                    Pattern.compile("^(?:Exec|HTTP|Sleep) lifecycle hook \\(.*?\\) for Container \"([^\"]+)\" in Pod")));

    /** A message wording that names a container, and a fragment every message of that wording has. */
    private record Wording(String fragment, Pattern pattern) {
    }

    private EventTable() {
    }

    /** Reads the rows under an {@code Events:} line; the header and rule lines are marked as used. */
    public static List<KubeEvent> read(DescribeNode events, ObjectRef involved) {
        events.markUsed();
        List<KubeEvent> result = new ArrayList<>();
        TextTable columns = null;
        for (DescribeNode row : rows(events)) {
            String text = row.source().text().stripTrailing();
            if (columns == null) {
                columns = header(text);
                if (columns != null) {
                    row.markUsed();
                }
                continue;
            }
            if (isRule(text)) {
                row.markUsed();
                continue;
            }
            KubeEvent event = toEvent(text, columns, involved, row.source());
            if (event != null) {
                row.markUsed();
                result.add(event);
            } else if (!result.isEmpty()) {
                row.markUsed();
                result.add(continued(result.remove(result.size() - 1), text.strip()));
            }
        }
        return result;
    }

    /** The lines under {@code Events:} in order; a wrapped line may sit one level deeper than its row. */
    private static List<DescribeNode> rows(DescribeNode events) {
        List<DescribeNode> rows = new ArrayList<>();
        Deque<DescribeNode> pending = new ArrayDeque<>(events.children());
        while (!pending.isEmpty()) {
            DescribeNode node = pending.pollFirst();
            rows.add(node);
            List<DescribeNode> children = node.children();
            for (int i = children.size() - 1; i >= 0; i--) {
                pending.addFirst(children.get(i));
            }
        }
        return rows;
    }

    /** A header of the events table: it has TYPE and REASON columns. */
    public static boolean isHeader(String text) {
        return header(text) != null;
    }

    private static TextTable header(String text) {
        TextTable table = TextTable.ofHeader(text);
        return table.has("TYPE") && table.has("REASON") ? table : null;
    }

    /** The dashes under the header: {@code ----  ------}. */
    private static boolean isRule(String text) {
        int first = 0;
        while (first < text.length() && Character.isWhitespace(text.charAt(first))) {
            first++;
        }
        return text.startsWith("----", first);
    }

    /**
     * One row of an events table (describe's, {@code kubectl get events}' in any layout, {@code kubectl events}'),
     * about {@code involved}; {@code null} when the row is no event.
     */
    public static KubeEvent toEvent(String text, TextTable columns, ObjectRef involved, SourceLine line) {
        List<String> cells = columns.cells(text, columns.has("SUBOBJECT") ? "SUBOBJECT" : "SUBOBJECTPATH");
        return cells == null ? null : toEvent(cells, columns, involved, line);
    }

    private static KubeEvent toEvent(List<String> cells, TextTable columns, ObjectRef involved, SourceLine line) {
        String type = columns.cell(cells, "TYPE");
        if (!"Normal".equals(type) && !"Warning".equals(type)) {
            return null;
        }
        String ageCell = columns.cell(cells, "AGE");
        if (ageCell == null) {
            ageCell = columns.cell(cells, "LASTSEEN");
        }
        int count = 1;
        String age = ageCell;
        // an age without a space is the age alone: the rest is for "69s (x5 over 4m17s)"
        if (ageCell != null && RegexSpace.indexIn(ageCell, 0) >= 0) {
            AgeCell seen = AgeCell.of(ageCell);
            if (seen != null) {
                age = seen.age();
                count = seen.timesSeen() == null ? 1 : Integer.parseInt(seen.timesSeen());
            }
        }
        String countCell = columns.cell(cells, "COUNT");
        Integer counted = WholeNumber.of(countCell, false);
        if (counted != null) {
            count = counted;
        }
        String message = columns.cell(cells, "MESSAGE");
        String container = null;
        String subObject = firstNonNull(columns.cell(cells, "SUBOBJECTPATH"), columns.cell(cells, "SUBOBJECT"));
        if (subObject != null) {
            container = containerOfFieldPath(subObject);
        }
        if (message != null && message.startsWith(FIELD_PATH_START)) {
            Matcher prefix = FIELD_PATH_PREFIX.matcher(message);
            if (prefix.find()) {
                container = prefix.group(1);
                message = message.substring(prefix.end());
            }
        }
        if (container == null) {
            container = containerNamedIn(message);
        }
        String from = firstNonNull(columns.cell(cells, "FROM"), columns.cell(cells, "SOURCE"));
        return new KubeEvent(involved, type, columns.cell(cells, "REASON"), age, Math.max(count, 1), from,
                message == null ? "" : message, container, line);
    }

    /** A row that is neither a row nor a header: a message wrapped by the terminal. */
    private static KubeEvent continued(KubeEvent event, String more) {
        return new KubeEvent(event.involved(), event.type(), event.reason(), event.age(), event.count(),
                event.from(), event.message() + " " + more, event.container(), event.line());
    }

    /** The container an event's field path ({@code spec.containers{web}}) names, or {@code null}. */
    public static String containerOfFieldPath(String fieldPath) {
        if (fieldPath == null) {
            return null;
        }
        Matcher path = FIELD_PATH.matcher(fieldPath);
        return path.find() ? path.group(1) : null;
    }

    /** The container a kubelet message names ({@code Started container web}), or {@code null}. */
    public static String containerNamedIn(String message) {
        if (message == null) {
            return null;
        }
        for (Wording wording : CONTAINER_IN_MESSAGE) {
            if (!message.contains(wording.fragment())) {
                continue;
            }
            Matcher m = wording.pattern().matcher(message);
            if (m.find()) {
                return m.group(1);
            }
        }
        return null;
    }

    private static String firstNonNull(String first, String second) {
        return first != null ? first : second;
    }
}
