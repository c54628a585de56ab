package dev.kubeadvisor.parse.describe;

/** A small whole number as describe prints it (a restart count, an exit code, an event count), read without a regex. */
final class WholeNumber {

    private static final int MAX_DIGITS = 9;

    private WholeNumber() {
    }

    /** The value of 1 to 9 ASCII digits, after a {@code -} when {@code signed}; {@code null} for any other text. */
    static Integer of(String text, boolean signed) {
        if (text == null) {
            return null;
        }
        int first = signed && text.startsWith("-") ? 1 : 0;
        int digits = text.length() - first;
        if (digits < 1 || digits > MAX_DIGITS) {
            return null;
        }
        for (int i = first; i < text.length(); i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return null;
            }
        }
        return Integer.valueOf(text);
    }
}
