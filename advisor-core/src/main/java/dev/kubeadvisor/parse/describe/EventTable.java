package dev.kubeadvisor.parse.describe;

import dev.kubeadvisor.model.KubeEvent;
import dev.kubeadvisor.model.ObjectRef;
import dev.kubeadvisor.model.SourceLine;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the {@code Events:} table every describer prints: the modern {@code Type Reason Age From Message} layout
 * and the old {@code FirstSeen LastSeen Count From SubObjectPath Type Reason Message} one. The header offsets give
 * the column starts (the whole table is one tabwriter block); rows that do not line up are split on runs of spaces.
 */
public final class EventTable {

    private static final Pattern COLUMN_SPLIT = Pattern.compile("\t\\s*|\\s{2,}");
    private static final Pattern AGE = Pattern.compile("^(\\S+)(?: \\(x(\\d+) over (\\S+)\\))?$");
    private static final Pattern FIELD_PATH_PREFIX =
            Pattern.compile("^spec\\.(?:containers|initContainers|ephemeralContainers)\\{([^}]+)\\}: ");
    private static final Pattern FIELD_PATH = Pattern.compile("spec\\.(?:containers|initContainers|ephemeralContainers)\\{([^}]+)\\}");
    private static final List<Pattern> CONTAINER_IN_MESSAGE = List.of(
            Pattern.compile("failed container (\\S+?)(?: in pod|$)"),
            Pattern.compile("^Container (\\S+) (?:failed|definition changed)"),
            Pattern.compile("^(?:Created|Started|Stopping) container:? (\\S+)"));

    private EventTable() {
    }

    /** Reads the rows under an {@code Events:} line; the header and rule lines are marked as used. */
    public static List<KubeEvent> read(DescribeNode events, ObjectRef involved) {
        events.markUsed();
        List<KubeEvent> result = new ArrayList<>();
        List<Column> columns = null;
        for (DescribeNode row : rows(events)) {
            String text = row.source().text().stripTrailing();
            if (columns == null) {
                columns = Column.fromHeader(text);
                if (columns != null) {
                    row.markUsed();
                }
                continue;
            }
            if (text.strip().startsWith("----")) {
                row.markUsed();
                continue;
            }
            List<String> cells = cells(text, columns);
            KubeEvent event = cells == null ? null : toEvent(cells, columns, involved, row.source());
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

    private static List<String> cells(String text, List<Column> columns) {
        List<String> sliced = text.indexOf('\t') < 0 ? slice(text, columns) : null;
        if (sliced != null) {
            return sliced;
        }
        List<String> parts = new ArrayList<>(List.of(COLUMN_SPLIT.split(text.strip(), columns.size())));
        int subObject = indexOf(columns, "SUBOBJECTPATH");
        if (parts.size() == columns.size() - 1 && subObject >= 0) {
            // old layouts leave SubObjectPath empty for pod-level events: only separators remain
            parts.add(subObject, "");
        }
        return parts.size() == columns.size() ? parts : null;
    }

    private static int indexOf(List<Column> columns, String name) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }

    private static List<String> slice(String text, List<Column> columns) {
        List<String> cells = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            int start = columns.get(i).offset();
            int end = i + 1 < columns.size() ? columns.get(i + 1).offset() : text.length();
            if (start >= text.length() || end > text.length() || (start > 0 && text.charAt(start - 1) != ' ')
                    || text.charAt(start) == ' ') {
                return null;
            }
            cells.add(text.substring(start, end).strip());
        }
        return cells;
    }

    private static KubeEvent toEvent(List<String> cells, List<Column> columns, ObjectRef involved, SourceLine line) {
        String type = cell(cells, columns, "TYPE");
        if (!"Normal".equals(type) && !"Warning".equals(type)) {
            return null;
        }
        String ageCell = cell(cells, columns, "AGE");
        if (ageCell == null) {
            ageCell = cell(cells, columns, "LASTSEEN");
        }
        int count = 1;
        String age = ageCell;
        if (ageCell != null) {
            Matcher m = AGE.matcher(ageCell);
            if (m.matches()) {
                age = m.group(1);
                count = m.group(2) == null ? 1 : Integer.parseInt(m.group(2));
            }
        }
        String countCell = cell(cells, columns, "COUNT");
        if (countCell != null && countCell.matches("\\d{1,9}")) {
            count = Integer.parseInt(countCell);
        }
        String message = cell(cells, columns, "MESSAGE");
        String container = null;
        String subObject = cell(cells, columns, "SUBOBJECTPATH");
        if (subObject != null) {
            container = containerOfFieldPath(subObject);
        }
        if (message != null) {
            Matcher prefix = FIELD_PATH_PREFIX.matcher(message);
            if (prefix.find()) {
                container = prefix.group(1);
                message = message.substring(prefix.end());
            }
        }
        if (container == null) {
            container = containerNamedIn(message);
        }
        return new KubeEvent(involved, type, cell(cells, columns, "REASON"), age, Math.max(count, 1),
                cell(cells, columns, "FROM"), message == null ? "" : message, container, line);
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
        for (Pattern pattern : CONTAINER_IN_MESSAGE) {
            Matcher m = pattern.matcher(message);
            if (m.find()) {
                return m.group(1);
            }
        }
        return null;
    }

    private static String cell(List<String> cells, List<Column> columns, String name) {
        int index = indexOf(columns, name);
        if (index < 0) {
            return null;
        }
        String value = cells.get(index);
        return value.isEmpty() || value.equals("<unknown>") && !name.equals("AGE") ? null : value;
    }

    /** A table column: its upper-cased header without spaces, and where it starts. */
    record Column(String name, int offset) {

        private static final Pattern HEADER_CELL = Pattern.compile("\\S+(?: \\S+)*");

        static List<Column> fromHeader(String header) {
            Matcher m = HEADER_CELL.matcher(header);
            List<Column> columns = new ArrayList<>();
            while (m.find()) {
                columns.add(new Column(m.group().replace(" ", "").toUpperCase(Locale.ROOT), m.start()));
            }
            boolean known = columns.stream().anyMatch(c -> c.name().equals("TYPE"))
                    && columns.stream().anyMatch(c -> c.name().equals("REASON"));
            return known ? columns : null;
        }
    }
}
