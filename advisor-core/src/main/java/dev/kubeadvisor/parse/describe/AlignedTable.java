package dev.kubeadvisor.parse.describe;

import dev.kubeadvisor.parse.table.HeaderCell;
import dev.kubeadvisor.parse.table.StrippedRange;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits the rows of a tabwriter table whose cells may hold single spaces ({@code 500m (12%)}, a node condition's
 * time and message): by the header's column starts when the row lines up with them, else on runs of two or more
 * spaces (a hand-aligned paste), the last column taking the rest.
 */
final class AlignedTable {

    private static final Pattern GAP = Pattern.compile("\\s{2,}");

    private final List<Integer> starts = new ArrayList<>();
    private final List<String> names = new ArrayList<>();

    AlignedTable(String header) {
        for (HeaderCell cell : HeaderCell.of(header)) {
            starts.add(cell.start());
            names.add(cell.text());
        }
    }

    List<String> names() {
        return names;
    }

    static boolean isRule(String text) {
        return text.startsWith("--", StrippedRange.from(text, 0, text.length()));
    }

    /** The row's cells, as many as the header has; missing trailing cells are empty. */
    List<String> cells(String row) {
        List<String> sliced = sliced(row);
        if (sliced != null) {
            return sliced;
        }
        List<String> cells = new ArrayList<>(List.of(GAP.split(row.strip(), starts.size())));
        while (cells.size() < starts.size()) {
            cells.add("");
        }
        return cells;
    }

    private List<String> sliced(String row) {
        List<String> cells = new ArrayList<>();
        for (int i = 0; i < starts.size(); i++) {
            int start = starts.get(i);
            int end = i + 1 < starts.size() ? Math.min(starts.get(i + 1), row.length()) : row.length();
            if (start > row.length() || start > 0 && start < row.length() && row.charAt(start - 1) != ' ') {
                return null;
            }
            cells.add(start >= end ? "" : StrippedRange.of(row, start, end));
        }
        return cells.get(0).isEmpty() ? null : cells;
    }
}
