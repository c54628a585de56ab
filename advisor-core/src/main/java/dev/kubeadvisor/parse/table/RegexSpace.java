package dev.kubeadvisor.parse.table;

/**
 * The white space a regex's {@code \s} matches (space, tab, line feed, vertical tab, form feed, carriage return), for
 * cutting cells by hand the way the former regexes did.
 */
public final class RegexSpace {

    private RegexSpace() {
    }

    public static boolean is(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** The index of the first such space at or after {@code from}, or -1. */
    public static int indexIn(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            if (is(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }
}
