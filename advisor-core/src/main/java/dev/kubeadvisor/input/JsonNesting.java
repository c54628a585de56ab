package dev.kubeadvisor.input;

/**
 * Follows how deep JSON text is nested, line by line: brackets count outside strings only, and a string may run on
 * past its line. One line per call keeps the scan a small method the JIT compiles whole.
 */
final class JsonNesting {

    private int depth;
    private boolean inString;

    /** Reads one more line; returns the depth after it. */
    int read(String line) {
        int c = 0;
        int length = line.length();
        while (c < length) {
            if (inString) {
                int quote = closingQuote(line, c);
                inString = quote < 0;
                c = quote < 0 ? length : quote + 1;
                continue;
            }
            char ch = line.charAt(c++);
            if (ch == '"') {
                inString = true;
            } else if (ch == '{' || ch == '[') {
                depth++;
            } else if (ch == ']' || ch == '}') {
                depth--;
            }
        }
        return depth;
    }

    /**
     * The quote that ends a JSON string from a position inside it (one not escaped by an odd run of backslashes), or
     * -1 when the string goes on past the line.
     */
    private static int closingQuote(String text, int from) {
        for (int quote = text.indexOf('"', from); quote >= 0; quote = text.indexOf('"', quote + 1)) {
            int backslashes = 0;
            while (quote - backslashes - 1 >= from && text.charAt(quote - backslashes - 1) == '\\') {
                backslashes++;
            }
            if (backslashes % 2 == 0) {
                return quote;
            }
        }
        return -1;
    }
}
