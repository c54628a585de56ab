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
        int from = 0;
        while (from < text.length() && Character.isWhitespace(text.charAt(from))) {
            from++;
        }
        if (!text.startsWith(word, from)) {
            return false;
        }
        for (int i = from + word.length(); i < text.length(); i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
