package dev.kubeadvisor.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a runtime reports a crash in a log, read from the lines of one run: a Go {@code panic:} followed by its
 * {@code goroutine N [running]:} trace, a Rust {@code thread 'main' panicked at}, a Python
 * {@code Traceback (most recent call last):} and the exception line that ends it, a Java
 * {@code Exception in thread "main" ...}, a Node.js error thrown up to the top (the source line, a {@code ^} under it,
 * then the error). {@code lines} are the lines to quote: the head, the top frame, the error.
 */
public record RuntimeCrash(String runtime, String headline, List<SourceLine> lines) {

    private static final int TRACE_DISTANCE = 12;
    private static final Pattern GOROUTINE = Pattern.compile("goroutine \\d{1,9} \\[[^\\]]{1,100}]:");
    private static final Pattern RUST_PANIC = Pattern.compile("^thread '([^']{0,200})' panicked at (.{0,1000})$");
    private static final Pattern JAVA_UNCAUGHT = Pattern.compile("^Exception in thread \"([^\"]{0,200})\" (.{1,1000})$");
    /** The carets Node.js prints under the source line that threw, after {@link String#strip()}. */
    static final Pattern CARET_LINE = Pattern.compile("\\^{1,200}");
    private static final Pattern NODE_ERROR =
            Pattern.compile("^(?:Uncaught )?(?:[A-Z][A-Za-z]{0,60})?Error(?: \\[[A-Z_]{1,60}])?(?:: .{0,1000})?$");

    /** The first crash in the lines of one run, as a list of at most one element (for a rule's {@code from}). */
    public static List<RuntimeCrash> in(Collection<?> runLines) {
        List<LogLine> lines = LogLine.inLogOrder(runLines);
        for (int i = 0; i < lines.size(); i++) {
            RuntimeCrash crash = at(lines, i);
            if (crash != null) {
                return List.of(crash);
            }
        }
        return List.of();
    }

    private static RuntimeCrash at(List<LogLine> lines, int i) {
        String text = lines.get(i).text();
        if (text.startsWith("panic: ") || text.startsWith("fatal error: ")) {
            return goPanic(lines, i);
        }
        if (text.startsWith("thread '")) {
            return rustPanic(lines, i);
        }
        if (text.startsWith("Traceback (most recent call last):")) {
            return pythonTraceback(lines, i);
        }
        if (text.startsWith("Exception in thread \"")) {
            return javaUncaught(lines, i);
        }
        if (mayBeCaretLine(text) && CARET_LINE.matcher(text.strip()).matches()) {
            return nodeThrow(lines, i);
        }
        return null;
    }

    /** {@link #CARET_LINE} can only match when the first character that is no white space is a caret. */
    static boolean mayBeCaretLine(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c)) {
                return c == '^';
            }
        }
        return false;
    }

    private static RuntimeCrash goPanic(List<LogLine> lines, int head) {
        for (int i = head + 1; i < Math.min(lines.size(), head + TRACE_DISTANCE); i++) {
            if (GOROUTINE.matcher(lines.get(i).text()).lookingAt()) {
                List<SourceLine> quoted = new ArrayList<>(List.of(lines.get(head).line()));
                // the top frame: the function, then its file and line
                lines.subList(i + 1, Math.min(lines.size(), i + 3)).forEach(l -> quoted.add(l.line()));
                return new RuntimeCrash("Go", lines.get(head).text(), quoted);
            }
        }
        return null;
    }

    private static RuntimeCrash rustPanic(List<LogLine> lines, int head) {
        Matcher panic = RUST_PANIC.matcher(lines.get(head).text());
        if (!panic.matches()) {
            return null;
        }
        // since Rust 1.73 the location ends the line with ':' and the message follows on the next one
        boolean messageBelow = panic.group(2).endsWith(":") && head + 1 < lines.size();
        List<SourceLine> quoted = new ArrayList<>(List.of(lines.get(head).line()));
        if (messageBelow) {
            quoted.add(lines.get(head + 1).line());
        }
        String message = messageBelow ? lines.get(head + 1).text() : panic.group(2);
        return new RuntimeCrash("Rust", "thread '" + panic.group(1) + "' panicked: " + message, quoted);
    }

    private static RuntimeCrash pythonTraceback(List<LogLine> lines, int head) {
        LogLine lastFrame = null;
        for (int i = head + 1; i < lines.size(); i++) {
            String text = lines.get(i).text();
            if (text.startsWith("  File \"")) {
                lastFrame = lines.get(i);
            } else if (!text.isEmpty() && !Character.isWhitespace(text.charAt(0))) {
                if (!isPythonException(text)) {
                    return null;
                }
                List<SourceLine> quoted = new ArrayList<>(List.of(lines.get(head).line()));
                if (lastFrame != null) {
                    quoted.add(lastFrame.line());
                }
                quoted.add(lines.get(i).line());
                return new RuntimeCrash("Python", text, quoted);
            }
        }
        return null;
    }

    /** {@code KeyError: 'X'}, {@code psycopg2.OperationalError: ...}, {@code SystemExit}: a dotted name, then ': '. */
    private static boolean isPythonException(String text) {
        int colon = text.indexOf(": ");
        String name = colon < 0 ? text.strip() : text.substring(0, colon);
        if (name.isEmpty() || !Character.isJavaIdentifierStart(name.charAt(0))) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!Character.isJavaIdentifierPart(c) && c != '.') {
                return false;
            }
        }
        return name.endsWith("Error") || name.endsWith("Exception") || name.endsWith("Exit")
                || name.endsWith("Interrupt") || name.endsWith("Warning");
    }

    private static RuntimeCrash javaUncaught(List<LogLine> lines, int head) {
        Matcher uncaught = JAVA_UNCAUGHT.matcher(lines.get(head).text());
        if (!uncaught.matches()) {
            return null;
        }
        List<SourceLine> quoted = new ArrayList<>(List.of(lines.get(head).line()));
        if (head + 1 < lines.size() && lines.get(head + 1).text().strip().startsWith("at ")) {
            quoted.add(lines.get(head + 1).line());
        }
        return new RuntimeCrash("Java", uncaught.group(2), quoted);
    }

    /** Node.js prints the throwing source line, a caret under it, a blank line, then the error and its frames. */
    private static RuntimeCrash nodeThrow(List<LogLine> lines, int caret) {
        for (int i = caret + 1; i < Math.min(lines.size(), caret + 4); i++) {
            String text = lines.get(i).text();
            if (NODE_ERROR.matcher(text).matches()) {
                List<SourceLine> quoted = new ArrayList<>(List.of(lines.get(i).line()));
                if (i + 1 < lines.size() && lines.get(i + 1).text().strip().startsWith("at ")) {
                    quoted.add(lines.get(i + 1).line());
                }
                return new RuntimeCrash("Node.js", text, quoted);
            }
        }
        return null;
    }
}
