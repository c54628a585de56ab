package dev.kubeadvisor.parse.objects;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads the YAML {@code kubectl get -o yaml} prints (go-yaml's block style) into the {@link LocatedNode} trees the
 * full YAML parser gives for it, several times faster: block mappings and sequences (a sequence indented or not under
 * its key), plain, single- and double-quoted scalars (folded over lines as go-yaml wraps them), {@code |} and
 * {@code >} block scalars, {@code {}} and {@code []}, comments and {@code ---} separators. Plain scalars are typed as
 * Jackson types them under YAML's JSON schema: {@code true}/{@code false}, {@code null} and JSON numbers; anything
 * else (and anything quoted) is a string.
 *
 * <p>Anything beyond that subset (anchors, aliases, tags, flow collections with content, tabs, complex keys, odd
 * indentation, an empty value...) makes {@link #read} answer null, and the full YAML parser reads the text instead,
 * with its own errors: this reader never decides that a text is invalid.
 */
final class KubectlYamlReader {

    /** Deeper than this, the full parser reads the text and gives its depth error. */
    private static final int MAX_DEPTH = LocatedTreeReader.MAX_DEPTH / 2;
    /** A YAML implicit key ends within 1024 characters of its start. */
    private static final int MAX_KEY_LENGTH = 1000;
    /** Characters that cannot start a plain scalar or key here (YAML indicators). */
    private static final String INDICATORS = "-?:,[]{}#&*!|>'\"%@`";
    /** {@link #INDICATORS} by ASCII character: asked of every key and value, a table answers faster than a search. */
    private static final boolean[] INDICATOR = new boolean[128];

    static {
        for (char c : INDICATORS.toCharArray()) {
            INDICATOR[c] = true;
        }
    }
    private static final NotInSubset NOT_IN_SUBSET = new NotInSubset();

    private final String text;
    private final int[] starts;
    private final int[] ends;
    /** Per line, where its first character other than a space is (its end when it holds only spaces). */
    private final int[] contents;
    private final int count;
    private final OpenMembers members = new OpenMembers();
    private final FieldNames fieldNames = new FieldNames();
    /** The line after the value read last. */
    private int next;
    /** How many blank lines {@link #nextContent} went past. */
    private int blanks;
    /** The {@link String#hashCode} of the plain key {@link #keyEnd} found last, up to its colon. */
    private int keyHash;

    private KubectlYamlReader(String text, int[] starts, int[] ends, int count) {
        this.text = text;
        this.starts = starts;
        this.ends = ends;
        this.count = count;
        // the reader asks where a line's content starts several times: the spaces before it are counted once
        this.contents = new int[count];
        for (int line = 0; line < count; line++) {
            contents[line] = skipSpaces(starts[line], ends[line]);
        }
    }

    /** The roots of the text, one per non-empty document, or null when the text is not in the subset. */
    static List<LocatedNode> read(String text) {
        int lines = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                lines++;
            } else if (c < 0x20 || c >= 0x7F && special(c)) {
                return null;
            }
        }
        int[] starts = new int[lines];
        int[] ends = new int[lines];
        int count = 0;
        for (int start = 0, end; start < text.length(); start = end + 1, count++) {
            end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            starts[count] = start;
            ends[count] = end;
        }
        try {
            return new KubectlYamlReader(text, starts, ends, count).documents();
        } catch (NotInSubset e) {
            return null;
        }
    }

    private static boolean isIndicator(char c) {
        return c < 128 && INDICATOR[c];
    }

    /** Line breaks, invisible or non-printable characters and surrogates: the full parser weighs them. */
    private static boolean special(char c) {
        return c <= 0x9F || c >= 0xD800 && c <= 0xDFFF || c == 0x2028 || c == 0x2029 || c == 0xFEFF || c >= 0xFFFE;
    }

    private List<LocatedNode> documents() {
        List<LocatedNode> roots = new ArrayList<>();
        List<Block> open = new ArrayList<>();
        int i = 0;
        while (i < count) {
            int start = starts[i];
            int at = firstNonSpace(i);
            if (at == ends[i] || text.charAt(at) == '#') {
                i++;
                continue;
            }
            if (at == start && (text.startsWith("---", start) || text.startsWith("...", start))) {
                if (text.charAt(start) == '.' || !blankOrComment(start + 3, ends[i])) {
                    throw NOT_IN_SUBSET;
                }
                endDocument(open, roots);
                i++;
                continue;
            }
            i = entry(open, roots, i, at);
        }
        endDocument(open, roots);
        return roots;
    }

    private void endDocument(List<Block> open, List<LocatedNode> roots) {
        while (!open.isEmpty()) {
            close(open, roots);
        }
    }

    /** Reads the key or list item at {@code at} of line {@code i}; returns the line after it. */
    private int entry(List<Block> open, List<LocatedNode> roots, int i, int at) {
        int indent = at - starts[i];
        boolean item = isItem(at, ends[i]);
        Block top = open.isEmpty() ? null : open.get(open.size() - 1);
        if (top == null) {
            push(open, new Block(!item, indent, i + 1, null, members.mark()));
        } else if (top.pendingKey != null) {
            if (indent > top.indent || indent == top.indent && item && top.mapping) {
                push(open, new Block(!item, indent, top.pendingLine, top.pendingKey, members.mark()));
                top.pendingKey = null;
            } else {
                throw NOT_IN_SUBSET;
            }
        } else {
            while (top.indent > indent || top.indent == indent && !top.mapping && !item) {
                close(open, roots);
                if (open.isEmpty()) {
                    throw NOT_IN_SUBSET;
                }
                top = open.get(open.size() - 1);
            }
        }
        top = open.get(open.size() - 1);
        if (top.indent != indent || top.mapping == item) {
            throw NOT_IN_SUBSET;
        }
        return item ? item(open, top, i, at) : keyed(top, i, at);
    }

    private boolean isItem(int at, int end) {
        return text.charAt(at) == '-' && (at + 1 == end || text.charAt(at + 1) == ' ');
    }

    private int item(List<Block> open, Block sequence, int i, int at) {
        int content = skipSpaces(at + 1, ends[i]);
        if (content == ends[i] || isItem(content, ends[i])) {
            throw NOT_IN_SUBSET;
        }
        int colon = keyEnd(content, ends[i]);
        if (colon >= 0) {
            Block mapping = new Block(true, content - starts[i], i + 1, null, members.mark());
            push(open, mapping);
            return keyed(mapping, i, content, colon);
        }
        members.item(value(i, content, sequence.indent));
        return next;
    }

    private int keyed(Block mapping, int i, int at) {
        int colon = keyEnd(at, ends[i]);
        if (colon < 0) {
            throw NOT_IN_SUBSET;
        }
        return keyed(mapping, i, at, colon);
    }

    /** Reads the key at {@code at} that {@link #keyEnd} ended at {@code colon}, and its value. */
    private int keyed(Block mapping, int i, int at, int colon) {
        int end = ends[i];
        int keyEnd = trimEnd(at, colon);
        String key = text.charAt(at) == '"' || text.charAt(at) == '\'' ? quotedKey(at, colon)
                : keyEnd == colon ? fieldNames.name(text, at, keyEnd, keyHash) : fieldNames.name(text, at, keyEnd);
        int value = skipSpaces(colon + 1, end);
        if (value == end || text.charAt(value) == '#') {
            mapping.pendingKey = key;
            mapping.pendingLine = i + 1;
            return i + 1;
        }
        members.field(key, value(i, value, mapping.indent));
        return next;
    }

    /**
     * The colon that ends a key starting at {@code at}, or -1 when the line holds no key there. A plain key runs to
     * the first {@code ": "}; a quoted one to its closing quote, which the colon must follow.
     */
    private int keyEnd(int at, int end) {
        char first = text.charAt(at);
        if (first == '"' || first == '\'') {
            int close = closingQuote(at, end);
            return close >= 0 && close + 1 < end && text.charAt(close + 1) == ':'
                    && (close + 2 == end || text.charAt(close + 2) == ' ') ? close + 1 : -1;
        }
        if (isIndicator(first)) {
            return -1;
        }
        int hash = first;
        for (int c = at + 1; c < end; c++) {
            char ch = text.charAt(c);
            if (ch == ':' && (c + 1 == end || text.charAt(c + 1) == ' ')) {
                keyHash = hash;
                return c - at > MAX_KEY_LENGTH ? -1 : c;
            }
            if (ch == '#' && text.charAt(c - 1) == ' ') {
                return -1;
            }
            hash = 31 * hash + ch;
        }
        return -1;
    }

    /** The closing quote of a one-line quoted scalar opened at {@code at}, or -1. */
    private int closingQuote(int at, int end) {
        char quote = text.charAt(at);
        for (int c = at + 1; c < end; c++) {
            char ch = text.charAt(c);
            if (quote == '"' && ch == '\\') {
                c++;
            } else if (ch == quote) {
                if (quote == '\'' && c + 1 < end && text.charAt(c + 1) == '\'') {
                    c++;
                } else {
                    return c - at > MAX_KEY_LENGTH ? -1 : c;
                }
            }
        }
        return -1;
    }

    /** A quoted key: its text between the quotes, escapes read (no folding: a key is on one line). */
    private String quotedKey(int at, int colon) {
        int close = colon - 1;
        StringBuilder key = new StringBuilder(close - at);
        if (text.charAt(at) == '\'') {
            for (int c = at + 1; c < close; c++) {
                key.append(text.charAt(c));
                if (text.charAt(c) == '\'') {
                    c++;
                }
            }
            return key.toString();
        }
        int c = at + 1;
        while (c < close) {
            char ch = text.charAt(c);
            if (ch == '\\') {
                c = escape(key, c + 1, close);
            } else {
                key.append(ch);
                c++;
            }
        }
        return key.toString();
    }

    /** The scalar or empty collection starting at {@code at} of line {@code i}; sets {@link #next}. */
    private LocatedNode value(int i, int at, int parentIndent) {
        int line = i + 1;
        int column = at - starts[i] + 1;
        char first = text.charAt(at);
        if (first == '"' || first == '\'') {
            return LocatedNode.scalar(LocatedNode.Type.STRING, quoted(i, at, parentIndent), line, line, column);
        }
        if (first == '|' || first == '>') {
            return LocatedNode.scalar(LocatedNode.Type.STRING, blockScalar(i, at, parentIndent), line, line, column);
        }
        if ((first == '{' || first == '[') && at + 1 < ends[i]
                && text.charAt(at + 1) == (first == '{' ? '}' : ']') && blankOrComment(at + 2, ends[i])) {
            next = i + 1;
            return first == '{' ? LocatedNode.object(line, Map.of()) : LocatedNode.array(line, List.of());
        }
        if (isIndicator(first) && !(first == '-' && at + 1 < ends[i] && text.charAt(at + 1) != ' ')) {
            throw NOT_IN_SUBSET;
        }
        String value = plain(i, at, parentIndent);
        LocatedNode.Type type = plainType(value);
        return LocatedNode.scalar(type, type == LocatedNode.Type.NULL ? null : value, line, line, column);
    }

    /**
     * A plain scalar, with the lines that continue it (indented deeper than its parent) folded in; a comment ends
     * it, so a commented line has no continuation.
     */
    private String plain(int i, int at, int parentIndent) {
        int firstEnd = plainEnd(at, ends[i]);
        String first = text.substring(at, firstEnd);
        boolean commented = firstEnd < trimEnd(at, ends[i]);
        StringBuilder folded = null;
        int last = i;
        for (int j = nextContent(i); j < count && firstNonSpace(j) - starts[j] > parentIndent; j = nextContent(j)) {
            int content = firstNonSpace(j);
            int end = plainEnd(content, ends[j]);
            if (commented || text.charAt(content) == '#' || isItem(content, ends[j])
                    || end < trimEnd(content, ends[j])) {
                throw NOT_IN_SUBSET;
            }
            if (folded == null) {
                folded = new StringBuilder(first);
            }
            fold(folded, blanks);
            folded.append(text, content, end);
            last = j;
        }
        next = last + 1;
        return folded == null ? first : folded.toString();
    }

    /** Where a plain scalar's text ends on its line: before a comment, without trailing spaces. */
    private int plainEnd(int at, int end) {
        int stop = end;
        for (int c = at; c < end; c++) {
            char ch = text.charAt(c);
            if (ch == ':' && (c + 1 == end || text.charAt(c + 1) == ' ')) {
                throw NOT_IN_SUBSET;
            }
            if (ch == '#' && c > at && text.charAt(c - 1) == ' ') {
                stop = c;
                break;
            }
        }
        return trimEnd(at, stop);
    }

    /**
     * A quoted scalar folded over the lines it runs on: single-quoted ({@code ''} is a quote) or double-quoted
     * (escapes read; a backslash that ends a line joins the next one without a space).
     */
    private String quoted(int i, int at, int parentIndent) {
        char quote = text.charAt(at);
        StringBuilder value = new StringBuilder();
        int kept = 0;
        int line = i;
        int c = at + 1;
        while (true) {
            int end = ends[line];
            int run = c;
            while (c < end && text.charAt(c) != quote && (quote == '\'' || text.charAt(c) != '\\')) {
                c++;
            }
            value.append(text, run, c);
            if (c == end) {
                stripSpaces(value, kept);
                line = nextLine(value, line, parentIndent, true);
                c = firstNonSpace(line);
            } else if (text.charAt(c) == '\\') {
                if (c + 1 < end) {
                    c = escape(value, c + 1, end);
                } else {
                    line = nextLine(value, line, parentIndent, false);
                    c = firstNonSpace(line);
                }
            } else if (quote == '\'' && c + 1 < end && text.charAt(c + 1) == '\'') {
                value.append('\'');
                c += 2;
            } else {
                return closed(value, line, c + 1);
            }
            kept = value.length();
        }
    }

    /** Reads the escape after a backslash at {@code at - 1} into {@code value}; returns where reading goes on. */
    private int escape(StringBuilder value, int at, int end) {
        char code = text.charAt(at);
        int digits = code == 'x' ? 2 : code == 'u' ? 4 : code == 'U' ? 8 : 0;
        if (digits > 0) {
            if (at + digits >= end) {
                throw NOT_IN_SUBSET;
            }
            int point = 0;
            for (int d = at + 1; d <= at + digits; d++) {
                int digit = Character.digit(text.charAt(d), 16);
                if (digit < 0) {
                    throw NOT_IN_SUBSET;
                }
                point = point * 16 + digit;
            }
            if (point < 0 || point > Character.MAX_CODE_POINT || point >= 0xD800 && point <= 0xDFFF) {
                throw NOT_IN_SUBSET;
            }
            value.appendCodePoint(point);
            return at + digits + 1;
        }
        value.append(switch (code) {
            case '0' -> '\0';
            case 'a' -> '\u0007';
            case 'b' -> '\b';
            case 't' -> '\t';
            case 'n' -> '\n';
            case 'v' -> '\u000B';
            case 'f' -> '\f';
            case 'r' -> '\r';
            case 'e' -> '\u001B';
            case ' ', '"', '/', '\\' -> code;
            case 'N' -> '\u0085';
            case '_' -> '\u00A0';
            default -> throw NOT_IN_SUBSET;
        });
        return at + 1;
    }

    private String closed(StringBuilder value, int line, int after) {
        if (!blankOrComment(after, ends[line])) {
            throw NOT_IN_SUBSET;
        }
        next = line + 1;
        return value.toString();
    }

    /**
     * The next non-blank line of a quoted scalar, which must be indented deeper than the scalar's parent. Folding,
     * one line break reads as a space and each blank line in between as a line break; after an escaped line break,
     * only the blank lines count.
     */
    private int nextLine(StringBuilder value, int line, int parentIndent, boolean folding) {
        int j = nextContent(line);
        if (j == count || firstNonSpace(j) - starts[j] <= parentIndent) {
            throw NOT_IN_SUBSET;
        }
        if (folding) {
            fold(value, blanks);
        } else {
            value.append("\n".repeat(blanks));
        }
        return j;
    }

    /** The first line after {@code line} with more than spaces on it, or {@link #count}; sets {@link #blanks}. */
    private int nextContent(int line) {
        int j = line + 1;
        while (j < count && firstNonSpace(j) == ends[j]) {
            j++;
        }
        blanks = j - line - 1;
        return j;
    }

    private static void fold(StringBuilder value, int breaks) {
        if (breaks == 0) {
            value.append(' ');
        }
        for (int b = 0; b < breaks; b++) {
            value.append('\n');
        }
    }

    /** Removes the spaces that end {@code value} after its first {@code kept} characters. */
    private static void stripSpaces(StringBuilder value, int kept) {
        int length = value.length();
        while (length > kept && value.charAt(length - 1) == ' ') {
            length--;
        }
        value.setLength(length);
    }

    /**
     * A {@code |} (literal) or {@code >} (folded) block scalar with its chomping ({@code -} strip, {@code +} keep)
     * and indentation indicators; a folded one only when no line of it is indented deeper than the others.
     */
    private String blockScalar(int i, int at, int parentIndent) {
        boolean folded = text.charAt(at) == '>';
        int chomping = 0;
        int increment = 0;
        int c = at + 1;
        for (int indicator = 0; indicator < 2 && c < ends[i]; indicator++, c++) {
            char ch = text.charAt(c);
            if ((ch == '-' || ch == '+') && chomping == 0) {
                chomping = ch == '-' ? -1 : 1;
            } else if (ch >= '1' && ch <= '9' && increment == 0) {
                increment = ch - '0';
            } else {
                break;
            }
        }
        if (!blankOrComment(c, ends[i])) {
            throw NOT_IN_SUBSET;
        }
        int indent = increment > 0 ? parentIndent + increment : -1;
        StringBuilder value = new StringBuilder();
        int breaks = 0;
        int last = -1;
        for (int j = i + 1; j < count; j++) {
            int length = ends[j] - starts[j];
            if (length == 0) {
                breaks++;
                continue;
            }
            int spaces = firstNonSpace(j) - starts[j];
            if (spaces == length) {
                throw NOT_IN_SUBSET;
            }
            if (indent < 0) {
                if (breaks > 0) {
                    throw NOT_IN_SUBSET;
                }
                indent = Math.max(parentIndent + 1, spaces);
            }
            if (spaces < indent) {
                break;
            }
            if (folded && spaces > indent) {
                throw NOT_IN_SUBSET;
            }
            if (last < 0) {
                value.append("\n".repeat(breaks));
            } else if (folded) {
                fold(value, breaks);
            } else {
                value.append("\n".repeat(breaks + 1));
            }
            value.append(text, starts[j] + indent, ends[j]);
            breaks = 0;
            last = j;
        }
        if (last < 0) {
            if (chomping > 0) {
                throw NOT_IN_SUBSET;
            }
            next = i + 1;
            return "";
        }
        if (ends[last] == text.length()) {
            throw NOT_IN_SUBSET;
        }
        if (chomping >= 0) {
            value.append('\n');
        }
        if (chomping > 0) {
            value.append("\n".repeat(breaks));
        }
        next = last + 1;
        return value.toString();
    }

    /**
     * The type Jackson gives a plain scalar under YAML's JSON schema: {@code true}/{@code false}, {@code null},
     * a JSON number or {@code .inf}/{@code -.inf}/{@code .nan}; every other plain scalar is a string.
     */
    static LocatedNode.Type plainType(String value) {
        char first = value.charAt(0);
        if (first == 't' || first == 'f') {
            return value.equals("true") || value.equals("false") ? LocatedNode.Type.BOOLEAN : LocatedNode.Type.STRING;
        }
        if (first == 'n') {
            return value.equals("null") ? LocatedNode.Type.NULL : LocatedNode.Type.STRING;
        }
        return (first == '-' || first == '.' || first >= '0' && first <= '9') && isNumber(value)
                ? LocatedNode.Type.NUMBER : LocatedNode.Type.STRING;
    }

    private static boolean isNumber(String value) {
        int length = value.length();
        int i = value.charAt(0) == '-' ? 1 : 0;
        if (value.startsWith(".inf", i) && i + 4 == length || value.equals(".nan")) {
            return true;
        }
        if (i == length || !digit(value.charAt(i))) {
            return false;
        }
        if (value.charAt(i++) != '0') {
            while (i < length && digit(value.charAt(i))) {
                i++;
            }
        }
        if (i < length && value.charAt(i) == '.') {
            i++;
            while (i < length && digit(value.charAt(i))) {
                i++;
            }
        }
        if (i < length && (value.charAt(i) == 'e' || value.charAt(i) == 'E')) {
            i++;
            if (i < length && (value.charAt(i) == '+' || value.charAt(i) == '-')) {
                i++;
            }
            if (i == length || !digit(value.charAt(i))) {
                return false;
            }
            while (i < length && digit(value.charAt(i))) {
                i++;
            }
        }
        return i == length;
    }

    private static boolean digit(char c) {
        return c >= '0' && c <= '9';
    }

    private void push(List<Block> open, Block block) {
        if (open.size() >= MAX_DEPTH) {
            throw NOT_IN_SUBSET;
        }
        open.add(block);
    }

    /**
     * Closes the innermost block into its parent. A key given twice is an error to Jackson's parser, which then says
     * where: such a mapping leaves the text to it.
     */
    private void close(List<Block> open, List<LocatedNode> roots) {
        Block block = open.remove(open.size() - 1);
        LocatedNode node = block.pendingKey != null ? null : block.mapping
                ? members.objectOfDistinctNames(block.line, block.from) : members.array(block.line, block.from);
        if (node == null) {
            throw NOT_IN_SUBSET;
        }
        if (open.isEmpty()) {
            roots.add(node);
        } else if (open.get(open.size() - 1).mapping) {
            members.field(block.key, node);
        } else {
            members.item(node);
        }
    }

    private int firstNonSpace(int line) {
        return contents[line];
    }

    private int skipSpaces(int from, int end) {
        int c = from;
        while (c < end && text.charAt(c) == ' ') {
            c++;
        }
        return c;
    }

    private int trimEnd(int from, int end) {
        int c = end;
        while (c > from && text.charAt(c - 1) == ' ') {
            c--;
        }
        return c;
    }

    /** Nothing but spaces to the end of the line, or spaces then a comment. */
    private boolean blankOrComment(int from, int end) {
        int c = skipSpaces(from, end);
        return c == end || c > from && text.charAt(c) == '#';
    }

    /** A mapping or sequence being read; a mapping may wait for the value of its last key on the lines below. */
    private static final class Block {
        final boolean mapping;
        final int indent;
        final int line;
        final String key;
        /** Where its members start among the {@link OpenMembers}. */
        final int from;
        String pendingKey;
        int pendingLine;

        Block(boolean mapping, int indent, int line, String key, int from) {
            this.mapping = mapping;
            this.indent = indent;
            this.line = line;
            this.key = key;
            this.from = from;
        }
    }

    /** The text goes beyond the subset: thrown from deep inside, caught once, never seen outside. */
    private static final class NotInSubset extends RuntimeException {
        NotInSubset() {
            super(null, null, false, false);
        }
    }
}
