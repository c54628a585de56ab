package dev.kubeadvisor.parse.table;

/**
 * The bounds of a slice of a line without its surrounding white space, found without copying the slice: table cells
 * and describe values are cut from long lines, one per column.
 */
public final class StrippedRange {

    private StrippedRange() {
    }

    /**
     * The first index in {@code [start, end)} that is not white space, or {@code end}. kubectl pads with plain spaces,
     * which are skipped first by the cheapest test.
     */
    public static int from(String text, int start, int end) {
        int from = start;
        while (from < end && text.charAt(from) == ' ') {
            from++;
        }
        while (from < end && Character.isWhitespace(text.charAt(from))) {
            from++;
        }
        return from;
    }

    /** One past the last index in {@code [from, end)} that is not white space, or {@code from}. */
    public static int to(String text, int from, int end) {
        int to = end;
        while (to > from && text.charAt(to - 1) == ' ') {
            to--;
        }
        while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
            to--;
        }
        return to;
    }

    /** {@code text.substring(start, end).strip()}, with one copy. */
    public static String of(String text, int start, int end) {
        int from = from(text, start, end);
        return text.substring(from, to(text, from, end));
    }
}
