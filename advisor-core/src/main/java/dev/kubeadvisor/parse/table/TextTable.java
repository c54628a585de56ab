package dev.kubeadvisor.parse.table;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A table kubectl printed through its tabwriter: the header's offsets give the column starts; rows that do not line
 * up (re-typed, re-spaced by a chat tool) are split on runs of spaces instead.
 */
public final class TextTable {

    private static final Pattern COLUMN_SPLIT = Pattern.compile("\t\\s*|\\s{2,}");

    private final List<Column> columns;
    private final boolean aligned;

    private TextTable(List<Column> columns, boolean aligned) {
        this.columns = columns;
        this.aligned = aligned;
    }

    /** A column: its upper-cased header without spaces ({@code LASTSEEN}), and where it starts. */
    public record Column(String name, int offset) {
    }

    /** The table under {@code header}, whose rows line up with it. */
    public static TextTable ofHeader(String header) {
        List<Column> columns = new ArrayList<>();
        for (HeaderCell cell : HeaderCell.of(header)) {
            columns.add(new Column(cell.text().replace(" ", "").toUpperCase(Locale.ROOT), cell.start()));
        }
        return new TextTable(columns, true);
    }

    /** Rows pasted without their header: {@code header} only names the columns; rows are split on spaces. */
    public static TextTable unaligned(String header) {
        return new TextTable(ofHeader(header).columns, false);
    }

    public boolean has(String column) {
        return indexOf(column) >= 0;
    }

    /** The cells of a row, one per column, or {@code null} when the row does not fit the table. */
    public List<String> cells(String text, String optionalColumn) {
        List<String> sliced = aligned && text.indexOf('\t') < 0 ? slice(text) : null;
        if (sliced != null) {
            return sliced;
        }
        List<String> parts = new ArrayList<>(List.of(COLUMN_SPLIT.split(text.strip(), columns.size())));
        int optional = optionalColumn == null ? -1 : indexOf(optionalColumn);
        if (parts.size() == columns.size() - 1 && optional >= 0) {
            // an empty cell leaves only separators behind
            parts.add(optional, "");
        }
        return parts.size() == columns.size() ? parts : null;
    }

    /** The cell of {@code column}, {@code null} when the table has no such column or the cell is empty. */
    public String cell(List<String> cells, String column) {
        int index = indexOf(column);
        if (index < 0) {
            return null;
        }
        String value = cells.get(index);
        return value.isEmpty() || value.equals("<none>") || value.equals("<unknown>") && !column.equals("AGE")
                ? null : value;
    }

    private int indexOf(String name) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }

    /** Cuts the row at the column starts; each cell is copied once, already stripped. */
    private List<String> slice(String text) {
        List<String> cells = new ArrayList<>(columns.size());
        for (int i = 0; i < columns.size(); i++) {
            int start = columns.get(i).offset();
            int end = i + 1 < columns.size() ? columns.get(i + 1).offset() : text.length();
            if (start > text.length() || end > text.length() || end < start) {
                return null;
            }
            int from = StrippedRange.from(text, start, end);
            int to = StrippedRange.to(text, from, end);
            boolean empty = from == to;
            if (!empty && (start > 0 && text.charAt(start - 1) != ' ' || text.charAt(start) == ' ')) {
                return null;
            }
            cells.add(text.substring(from, to));
        }
        return cells;
    }
}
