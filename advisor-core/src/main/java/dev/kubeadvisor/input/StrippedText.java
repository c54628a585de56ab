package dev.kubeadvisor.input;

/**
 * Compares a line's text without its surrounding white space to a word, without copying it: the stream is cut by
 * looking at every line for a few headings, and most lines are indented.
 */
final class StrippedText {

    private StrippedText() {
    }

    /** True when {@code text.strip().equals(word)}. */
    static boolean is(String text, String word) {
        // from the end: most lines end with an ASCII character that is neither white space nor the word's last one
        int to = text.length();
        char last = to == 0 ? ' ' : text.charAt(to - 1);
        if (last > ' ' && last < 0x80 && last != word.charAt(word.length() - 1)) {
            return false;
        }
        while (to > 0 && Character.isWhitespace(text.charAt(to - 1))) {
            to--;
        }
        int from = to - word.length();
        if (from < 0 || !text.startsWith(word, from)) {
            return false;
        }
        for (int i = 0; i < from; i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
