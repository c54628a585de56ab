package dev.kubeadvisor.parse.table;

import java.util.ArrayList;
import java.util.List;

/**
 * One cell of a table's header line: words joined by single spaces ({@code LAST SEEN}, {@code CPU Requests}), and
 * the offset it starts at. Cells are apart by two spaces or more, or by any other white space.
 */
public record HeaderCell(String text, int start) {

    /** The cells of {@code header}, left to right (what the regex {@code \S+(?: \S+)*} finds, read by hand). */
    public static List<HeaderCell> of(String header) {
        List<HeaderCell> cells = new ArrayList<>();
        int i = 0;
        while (i < header.length()) {
            if (RegexSpace.is(header.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            i = wordEnd(header, i);
            while (i + 1 < header.length() && header.charAt(i) == ' ' && !RegexSpace.is(header.charAt(i + 1))) {
                i = wordEnd(header, i + 1);
            }
            cells.add(new HeaderCell(header.substring(start, i), start));
        }
        return cells;
    }

    private static int wordEnd(String text, int from) {
        int space = RegexSpace.indexIn(text, from);
        return space < 0 ? text.length() : space;
    }
}
