package dev.kubeadvisor.parse.objects;

import dev.kubeadvisor.model.SourceLine;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.StreamReadConstraints;

/**
 * Reads strict JSON (RFC 8259, what {@code kubectl get -o json} prints) straight from a document's lines into the
 * {@link LocatedNode} trees {@link LocatedTreeReader} builds with Jackson's streaming parser, without joining the lines
 * into one text and without a location object per token. Lines and columns are counted as Jackson counts them in the
 * lines joined by {@code \n}. It reads only what it is sure of: on anything else (a syntax error, a comment, a line
 * break Jackson would count differently, a value over Jackson's limits, nesting deeper than
 * {@link LocatedTreeReader#MAX_DEPTH}) it gives up and Jackson reads the text, so errors keep Jackson's wording.
 */
final class PlainJsonReader {

    private static final int MAX_NUMBER_LENGTH = StreamReadConstraints.DEFAULT_MAX_NUM_LEN;
    private static final int MAX_NAME_LENGTH = StreamReadConstraints.DEFAULT_MAX_NAME_LEN;
    private static final int MAX_STRING_LENGTH = StreamReadConstraints.DEFAULT_MAX_STRING_LEN;
    private static final int END = -1;

    /** Where the reader gives up; thrown without a stack trace, as it only unwinds to {@link #read}. */
    private static final class NotPlain extends RuntimeException {
        private static final NotPlain INSTANCE = new NotPlain();

        private NotPlain() {
            super(null, null, false, false);
        }
    }

    private final List<SourceLine> lines;
    /** Per line, how many spaces begin it, where the line cutting counted them; else null. */
    private final int[] indentations;
    private final StringBuilder unescaped = new StringBuilder();
    private final OpenMembers members = new OpenMembers();
    private final FieldNames fieldNames = new FieldNames();
    private int lineIndex;
    private String text;
    private int at;

    private PlainJsonReader(List<SourceLine> lines, int[] indentations) {
        this.lines = lines;
        this.indentations = indentations;
        this.text = lines.isEmpty() ? "" : lines.get(0).text();
    }

    /**
     * The roots of the document's lines as {@link LocatedTreeReader} gives them, or null to leave them to Jackson.
     * {@code indentations} (or null) gives per line how many spaces begin it: half the characters of kubectl's JSON,
     * which the reader then need not step over again.
     */
    static List<LocatedNode> read(List<SourceLine> lines, int[] indentations) {
        try {
            return new PlainJsonReader(lines, indentations).roots();
        } catch (NotPlain e) {
            return null;
        }
    }

    private List<LocatedNode> roots() {
        List<LocatedNode> roots = new ArrayList<>();
        int next;
        while ((next = skipWhitespace()) != END) {
            LocatedNode root = value(next, lineIndex + 1, 1);
            if (root.type() != LocatedNode.Type.NULL) {
                roots.add(root);
            }
            // Jackson wants space between root values, and refuses some values run together
            if (at < text.length() && !isSpace(text.charAt(at))) {
                throw NotPlain.INSTANCE;
            }
        }
        return roots;
    }

    /** The value starting with {@code first} at the current position; {@code line} is its key's line. */
    private LocatedNode value(int first, int line, int depth) {
        int valueLine = lineIndex + 1;
        int column = at + 1;
        switch (first) {
            case '{':
                return object(line, depth);
            case '[':
                return array(line, depth);
            case '"':
                return LocatedNode.scalar(LocatedNode.Type.STRING, string(MAX_STRING_LENGTH), line, valueLine, column);
            case 't':
                return LocatedNode.scalar(LocatedNode.Type.BOOLEAN, literal("true"), line, valueLine, column);
            case 'f':
                return LocatedNode.scalar(LocatedNode.Type.BOOLEAN, literal("false"), line, valueLine, column);
            case 'n':
                literal("null");
                return LocatedNode.scalar(LocatedNode.Type.NULL, null, line, valueLine, column);
            default:
                return LocatedNode.scalar(LocatedNode.Type.NUMBER, number(), line, valueLine, column);
        }
    }

    private LocatedNode object(int line, int depth) {
        int from = members.mark();
        boolean more = enter(depth, '}');
        while (more) {
            if (skipWhitespace() != '"') {
                throw NotPlain.INSTANCE;
            }
            int nameLine = lineIndex + 1;
            String name = name();
            expect(':');
            LocatedNode value = value(skipWhitespace(), nameLine, depth + 1);
            members.field(name, value);
            more = !closes('}');
        }
        return members.object(line, from);
    }

    private LocatedNode array(int line, int depth) {
        int from = members.mark();
        boolean more = enter(depth, ']');
        while (more) {
            int first = skipWhitespace();
            LocatedNode item = value(first, lineIndex + 1, depth + 1);
            members.item(item);
            more = !closes(']');
        }
        return members.array(line, from);
    }

    /** Steps over the bracket that opens an object or array at {@code depth}; false when it is empty (and closed). */
    private boolean enter(int depth, char closing) {
        if (depth > LocatedTreeReader.MAX_DEPTH) {
            throw NotPlain.INSTANCE;
        }
        at++;
        if (skipWhitespace() == closing) {
            at++;
            return false;
        }
        return true;
    }

    /** After a member: true when the bracket {@code closing} follows, false when a comma does (both stepped over). */
    private boolean closes(char closing) {
        int next = skipWhitespace();
        if (next == closing) {
            at++;
            return true;
        }
        expect(',');
        return false;
    }

    private void expect(char wanted) {
        if (skipWhitespace() != wanted) {
            throw NotPlain.INSTANCE;
        }
        at++;
    }

    /** The next character that is not a space, tab or line break (moving to later lines), or {@link #END}. */
    private int skipWhitespace() {
        String line = text;
        int i = at;
        while (true) {
            while (i < line.length()) {
                char c = line.charAt(i);
                if (c != ' ' && c != '\t') {
                    at = i;
                    return c;
                }
                i++;
            }
            if (lineIndex + 1 >= lines.size()) {
                at = i;
                return END;
            }
            lineIndex++;
            line = lines.get(lineIndex).text();
            text = line;
            i = indentations == null ? 0 : indentations[lineIndex];
        }
    }

    /** A carriage return is left out: Jackson counts it as a line break the document's lines do not have. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t';
    }

    private String literal(String word) {
        if (!text.startsWith(word, at)) {
            throw NotPlain.INSTANCE;
        }
        at += word.length();
        return word;
    }

    /** {@code -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?}, as written. */
    private String number() {
        int start = at;
        int i = at < text.length() && text.charAt(at) == '-' ? at + 1 : at;
        if (i < text.length() && text.charAt(i) == '0') {
            i++;
        } else {
            i = digits(i);
        }
        if (i < text.length() && text.charAt(i) == '.') {
            i = digits(i + 1);
        }
        if (i < text.length() && (text.charAt(i) == 'e' || text.charAt(i) == 'E')) {
            i++;
            if (i < text.length() && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
                i++;
            }
            i = digits(i);
        }
        if (i - start > MAX_NUMBER_LENGTH) {
            throw NotPlain.INSTANCE;
        }
        at = i;
        return text.substring(start, i);
    }

    /** The end of one or more digits from {@code from}. */
    private int digits(int from) {
        int i = from;
        while (i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
            i++;
        }
        if (i == from) {
            throw NotPlain.INSTANCE;
        }
        return i;
    }

    /** The field name whose opening quote is at the current position, as {@link FieldNames} keeps it. */
    private String name() {
        String line = text;
        int start = at + 1;
        int hash = 0;
        for (int i = start; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                return ended(start, i, MAX_NAME_LENGTH, fieldNames.name(line, start, i, hash));
            } else if (c == '\\' || c < ' ') {
                return string(MAX_NAME_LENGTH);
            }
            hash = 31 * hash + c;
        }
        throw NotPlain.INSTANCE;
    }

    /** The string whose opening quote is at the current position, unescaped; it ends on its line. */
    private String string(int maxLength) {
        int start = at + 1;
        for (int i = start; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                return ended(start, i, maxLength, text.substring(start, i));
            } else if (c == '\\') {
                return unescaped(start, i, maxLength);
            } else if (c < ' ') {
                throw NotPlain.INSTANCE;
            }
        }
        throw NotPlain.INSTANCE;
    }

    private String unescaped(int start, int firstEscape, int maxLength) {
        StringBuilder out = unescaped;
        out.setLength(0);
        out.append(text, start, firstEscape);
        int i = firstEscape;
        while (i < text.length()) {
            char c = text.charAt(i++);
            if (c == '"') {
                return ended(start, i - 1, maxLength, out.toString());
            } else if (c < ' ') {
                throw NotPlain.INSTANCE;
            } else if (c != '\\') {
                out.append(c);
            } else if (i < text.length()) {
                char escaped = text.charAt(i++);
                if (escaped == 'u') {
                    out.append(hexCharacter(i));
                    i += 4;
                } else {
                    out.append(escapedCharacter(escaped));
                }
            }
        }
        throw NotPlain.INSTANCE;
    }

    /** Jackson's limit is on the unescaped length, never more than the length as written. */
    private String ended(int start, int closingQuote, int maxLength, String value) {
        if (closingQuote - start > maxLength) {
            throw NotPlain.INSTANCE;
        }
        at = closingQuote + 1;
        return value;
    }

    private static char escapedCharacter(char escaped) {
        switch (escaped) {
            case '"':
            case '\\':
            case '/':
                return escaped;
            case 'b':
                return '\b';
            case 'f':
                return '\f';
            case 'n':
                return '\n';
            case 'r':
                return '\r';
            case 't':
                return '\t';
            default:
                throw NotPlain.INSTANCE;
        }
    }

    /** The four hex digits of a {@code \\u} escape from {@code from}: one UTF-16 unit, as Jackson decodes it. */
    private char hexCharacter(int from) {
        if (from + 4 > text.length()) {
            throw NotPlain.INSTANCE;
        }
        int value = 0;
        for (int i = from; i < from + 4; i++) {
            value = value << 4 | hexDigit(text.charAt(i));
        }
        return (char) value;
    }

    private static int hexDigit(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        } else if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        } else if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        throw NotPlain.INSTANCE;
    }
}
