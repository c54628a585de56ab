package dev.kubeadvisor.input;

/**
 * Follows how deep JSON text is nested, line by line: brackets count outside strings only, and a string may run on
 * past its line. One line per call keeps the scan a small method the JIT compiles whole.
 */
final class JsonNesting {

    private int depth;
    private boolean inString;

    /**
     * How a line changes the nesting when it is read from outside a string: its depth change, and whether a string
     * runs on past it ({@link InputLines} finds it as it cuts the lines).
     */
    static int change(int depthChange, boolean endsInString) {
        return depthChange << 1 | (endsInString ? 1 : 0);
    }

    /** The {@link #change} of a line read from outside a string. */
    static int changeOf(String line) {
        JsonNesting nesting = new JsonNesting();
        return change(nesting.read(line), nesting.inString);
    }

    /** Reads one more line whose {@link #change} is known; returns the depth after it. */
    int read(String line, int change) {
        if (inString) {
            return read(line);
        }
        depth += change >> 1;
        inString = (change & 1) != 0;
        return depth;
    }

    /**
     * Reads one more line; returns the depth after it. A quote ends a string unless an odd run of backslashes, from
     * where the string starts on this line, escapes it.
     */
    int read(String line) {
        int depth = this.depth;
        boolean inString = this.inString;
        boolean escaped = false;
        for (int c = 0, length = line.length(); c < length; c++) {
            char ch = line.charAt(c);
            if (inString) {
                if (escaped) {
                    escaped = false;
                } else if (ch == '\\') {
                    escaped = true;
                } else if (ch == '"') {
                    inString = false;
                }
            } else if (ch == '"') {
                inString = true;
            } else if (ch == '{' || ch == '[') {
                depth++;
            } else if (ch == ']' || ch == '}') {
                depth--;
            }
        }
        this.depth = depth;
        this.inString = inString;
        return depth;
    }
}
