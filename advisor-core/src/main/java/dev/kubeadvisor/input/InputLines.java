package dev.kubeadvisor.input;

import dev.kubeadvisor.model.SourceLine;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One input cut into lines (ended by LF, CRLF or CR; a final line ending adds none), numbered from 1 and redacted.
 * JSON is read in one pass over its characters that also notes what the later stages would otherwise scan every
 * character again for: whether a line may hold a secret (only those lines go to {@link Redactor}), how each line's
 * brackets change the nesting of JSON ({@link JsonNesting}), how many spaces begin it (about half the characters of
 * kubectl's JSON, which the JSON reader then steps over at once), and whether the input may be binary.
 */
final class InputLines {

    /**
     * From this size on, an input is mostly many objects alike (a List of pods, many containers), which repeat their
     * indented lines word for word: each such line is redacted once, the repeats take the same result.
     */
    private static final int REPEATED_LINES_FROM = 64 * 1024;
    private static final int MAX_REMEMBERED_LINES = 1 << 14;
    /** Fewer characters than kubectl prints on an average line (JSON about 36, describe and tables more). */
    private static final int AVERAGE_LINE_FLOOR = 32;
    /** How much of an input {@link SnapshotReader} looks at for binary data. */
    static final int BINARY_SAMPLE = 8192;

    /* Per ASCII character, what the JSON scan notes there: line ends, control characters, quotes and brackets. */
    private static final int LINE_END = 1;
    private static final int CONTROL = 1 << 1;
    private static final int QUOTE = 1 << 2;
    private static final int BACKSLASH = 1 << 3;
    private static final int OPENING = 1 << 4;
    private static final int CLOSING = 1 << 5;
    private static final int JSON_MARKS = QUOTE | BACKSLASH | OPENING | CLOSING;
    private static final byte[] MARKS = new byte[128];

    static {
        for (char c = 0; c < 128; c++) {
            int marks = 0;
            if (c == '\n' || c == '\r') {
                marks |= LINE_END;
            } else if (c < 0x20 && c != '\t' && c != 0x1B) {
                marks |= CONTROL;
            }
            marks |= c == '"' ? QUOTE : c == '\\' ? BACKSLASH : 0;
            marks |= c == '{' || c == '[' ? OPENING : c == '}' || c == ']' ? CLOSING : 0;
            MARKS[c] = (byte) marks;
        }
    }

    private final String name;
    private final List<SourceLine> lines;
    private int[] nestingChanges;
    private int[] indentations;
    /** Null on small inputs. */
    private final Map<String, String> redactedLines;
    private boolean mayBeBinary;
    /** What {@link #scanLine} found in the line it read last. */
    private boolean lineMayHide;
    private int lineNestingChange;
    private int lineIndentation;

    private InputLines(String name, int expectedLines, boolean repeatsLines) {
        this.name = name;
        this.lines = new ArrayList<>(expectedLines);
        this.nestingChanges = new int[expectedLines];
        this.indentations = new int[expectedLines];
        this.redactedLines = repeatsLines ? new HashMap<>() : null;
    }

    List<SourceLine> lines() {
        return lines;
    }

    /**
     * Per line, how it changes the nesting of JSON read from outside a string ({@link JsonNesting#change}); null when
     * the lines were not read for it.
     */
    int[] nestingChanges() {
        return nestingChanges;
    }

    /** Per line, how many spaces begin it; null when the lines were not read for it. */
    int[] indentations() {
        return indentations;
    }

    /**
     * False when the first {@value #BINARY_SAMPLE} characters hold no NUL, no replacement character and no other
     * control character than a line ending, a tab or an escape: such text is not binary. Always true for text not
     * read character by character.
     */
    boolean mayBeBinary() {
        return mayBeBinary;
    }

    static InputLines of(InputDocument input) {
        String content = input.content();
        int length = content.length();
        int expectedLines = length / AVERAGE_LINE_FLOOR + 1;
        InputLines read = new InputLines(input.name(), expectedLines, length >= REPEATED_LINES_FROM);
        if (startsWithJson(content)) {
            read.readJson(content);
        } else {
            read.readText(content);
        }
        return read;
    }

    /**
     * {@code kubectl get -o json}: short lines, mostly indentation and quoted names and values, which one pass over
     * the characters reads faster than the searches of the redactor (each separator, each {@code b}, {@code @}) and
     * the splitter's bracket count do, line by line.
     */
    private void readJson(String content) {
        int length = content.length();
        int start = 0;
        while (start < length) {
            int end = scanLine(content, start);
            add(content.substring(start, end));
            boolean crlf = end + 1 < length && content.charAt(end) == '\r' && content.charAt(end + 1) == '\n';
            start = end + (crlf ? 2 : 1);
        }
    }

    /**
     * Any other text: its long lines of words are searched faster for the few characters the redactor looks at; the
     * splitter counts the brackets of a JSON document it finds there, and the binary check reads the sample itself.
     */
    private void readText(String content) {
        int length = content.length();
        int nextCarriageReturn = content.indexOf('\r');
        int start = 0;
        while (start < length) {
            if (nextCarriageReturn >= 0 && nextCarriageReturn < start) {
                nextCarriageReturn = content.indexOf('\r', start);
            }
            int lineFeed = content.indexOf('\n', start);
            int end = lineFeed < 0 ? length : lineFeed;
            boolean carriageReturnFirst = nextCarriageReturn >= 0 && nextCarriageReturn < end;
            if (carriageReturnFirst) {
                end = nextCarriageReturn;
            }
            String line = content.substring(start, end);
            lines.add(new SourceLine(name, lines.size() + 1, redacted(line)));
            start = end + (carriageReturnFirst && end + 1 == lineFeed ? 2 : 1);
        }
        nestingChanges = null;
        indentations = null;
        mayBeBinary = true;
    }

    /** JSON from the first line, or from the line after a pasted {@code $ kubectl get ... -o json} command. */
    private static boolean startsWithJson(String content) {
        int first = firstNonBlank(content, 0);
        if (first < content.length() && content.charAt(first) == '$') {
            int lineEnd = content.indexOf('\n', first);
            first = lineEnd < 0 ? content.length() : firstNonBlank(content, lineEnd + 1);
        }
        return first < content.length() && (content.charAt(first) == '{' || content.charAt(first) == '[');
    }

    private static int firstNonBlank(String content, int from) {
        int i = from;
        while (i < content.length() && Character.isWhitespace(content.charAt(i))) {
            i++;
        }
        return i;
    }

    /**
     * Reads the line from {@code start} to its end (the index of its line ending, or the length of the content),
     * noting whether it may hold a secret, its JSON nesting, and odd characters in the binary sample. Alone in its
     * method, the loop stays one the JIT compiles tight.
     */
    private int scanLine(String content, int start) {
        int length = content.length();
        // what the redactor looks for, read as Redactor.holdsTellingLetters reads it: without a branch per letter
        int trigram = 0;
        long tells = 0;
        // the JSON nesting of the line, read from outside a string; escaped: where a backslash in a string escapes
        int depth = 0;
        boolean inString = false;
        int escaped = -1;
        int i = start;
        // the indentation of kubectl's JSON and YAML, much of their text, holds nothing to note
        while (i < length && content.charAt(i) == ' ') {
            i++;
        }
        lineIndentation = i - start;
        for (; i < length; i++) {
            char c = content.charAt(i);
            trigram = Redactor.nextTrigram(trigram, c);
            tells |= Redactor.tells(trigram);
            if (c >= 128) {
                mayBeBinary |= c == '\uFFFD' && i < BINARY_SAMPLE;
                continue;
            }
            int marks = MARKS[c];
            if (marks == 0) {
                continue;
            }
            if ((marks & JSON_MARKS) != 0) {
                if (inString) {
                    if (c == '\\' && escaped != i) {
                        escaped = i + 1;
                    } else if (c == '"' && escaped != i) {
                        inString = false;
                    }
                } else if (c == '"') {
                    inString = true;
                } else if ((marks & OPENING) != 0) {
                    depth++;
                } else if ((marks & CLOSING) != 0) {
                    depth--;
                }
            } else if ((marks & CONTROL) != 0) {
                mayBeBinary |= i < BINARY_SAMPLE;
            } else {
                break;
            }
        }
        lineMayHide = (tells & 1) != 0;
        lineNestingChange = JsonNesting.change(depth, inString);
        return i;
    }

    /** Adds the line {@link #scanLine} read last. */
    private void add(String line) {
        int index = lines.size();
        if (index == nestingChanges.length) {
            nestingChanges = Arrays.copyOf(nestingChanges, index * 2);
            indentations = Arrays.copyOf(indentations, index * 2);
        }
        String text = lineMayHide ? redacted(line) : line;
        // what the redactor hid may have held quotes or brackets: the splitter reads the nesting of the text kept
        boolean kept = text.equals(line);
        nestingChanges[index] = kept ? lineNestingChange : JsonNesting.changeOf(text);
        indentations[index] = kept ? lineIndentation : leadingSpaces(text);
        lines.add(new SourceLine(name, index + 1, text));
    }

    private static int leadingSpaces(String text) {
        int spaces = 0;
        while (spaces < text.length() && text.charAt(spaces) == ' ') {
            spaces++;
        }
        return spaces;
    }

    /** The line redacted, or the same line's redaction met before; {@code remembered} is null on small inputs. */
    private String redacted(String line) {
        Map<String, String> remembered = redactedLines;
        if (remembered == null || line.isEmpty() || line.charAt(0) != ' ') {
            return Redactor.redact(line);
        }
        String redacted = remembered.get(line);
        if (redacted == null) {
            redacted = Redactor.redact(line);
            if (remembered.size() < MAX_REMEMBERED_LINES) {
                remembered.put(line, redacted);
            }
        }
        return redacted;
    }
}
