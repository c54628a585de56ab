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

    private final int[] starts;
    private final List<String> names = new ArrayList<>();

    AlignedTable(String header) {
        List<HeaderCell> cells = HeaderCell.of(header);
        starts = new int[cells.size()];
        for (int i = 0; i < starts.length; i++) {
            starts[i] = cells.get(i).start();
            names.add(cells.get(i).text());
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
        List<String> cells = new ArrayList<>(List.of(GAP.split(row.strip(), starts.length)));
        while (cells.size() < starts.length) {
            cells.add("");
        }
        return cells;
    }

    private List<String> sliced(String row) {
        List<String> cells = new ArrayList<>(starts.length);
        for (int i = 0; i < starts.length; i++) {
            int start = starts[i];
            int end = i + 1 < starts.length ? Math.min(starts[i + 1], row.length()) : row.length();
            if (start > row.length() || start > 0 && start < row.length() && row.charAt(start - 1) != ' ') {
                return null;
            }
            cells.add(start >= end ? "" : StrippedRange.of(row, start, end));
        }
        return cells.get(0).isEmpty() ? null : cells;
    }
}
