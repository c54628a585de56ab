package dev.kubeadvisor.parse.describe;

import dev.kubeadvisor.parse.table.RegexSpace;

/**
 * An events table's age cell: {@code 69s}, or {@code 69s (x5 over 4m17s)} for an event seen several times, whose
 * {@code timesSeen} are the digits after {@code x}.
 */
record AgeCell(String age, String timesSeen) {

    private static final String TIMES = " (x";
    private static final String OVER = " over ";

    /** The cell as the regex {@code ^(\S+)(?: \(x(\d+) over (\S+)\))?$} read it, or {@code null} when it does not fit. */
    static AgeCell of(String cell) {
        int ageEnd = RegexSpace.indexIn(cell, 0);
        if (ageEnd < 0) {
            return cell.isEmpty() ? null : new AgeCell(cell, null);
        }
        if (ageEnd == 0 || !cell.startsWith(TIMES, ageEnd)) {
            return null;
        }
        int digits = ageEnd + TIMES.length();
        int digitsEnd = digits;
        while (digitsEnd < cell.length() && cell.charAt(digitsEnd) >= '0' && cell.charAt(digitsEnd) <= '9') {
            digitsEnd++;
        }
        if (digitsEnd == digits || !cell.startsWith(OVER, digitsEnd)) {
            return null;
        }
        int span = digitsEnd + OVER.length();
        // the span, then the closing parenthesis that ends the cell
        boolean closed = cell.length() - span >= 2 && cell.charAt(cell.length() - 1) == ')'
                && RegexSpace.indexIn(cell, span) < 0;
        return closed ? new AgeCell(cell.substring(0, ageEnd), cell.substring(digits, digitsEnd)) : null;
    }
}
