package dev.kubeadvisor.parse.describe;

import dev.kubeadvisor.model.SourceLine;
import dev.kubeadvisor.parse.table.StrippedRange;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Reads {@code kubectl describe} text into a tree by indentation. kubectl pads with a tabwriter, so value columns
 * move from block to block: a line is split on its first colon followed by spaces (or the end of the line), never
 * by column.
 */
public final class DescribeTree {

    private static final Pattern ELISION = Pattern.compile("\\[?(?:\\.{3,}|…)]?");
    private static final String[] EMPTY_MARKERS = {"<none>", "<unset>", "<unknown>", "<nil>"};
    /** What kubectl prints after a terminated state's {@code Message:}, at the same indentation. */
    private static final Set<String> STATE_FIELDS_AFTER_MESSAGE = Set.of("Exit Code", "Signal", "Started", "Finished");
    /** Container fields after a state block, one level out: where a truncated message ends at the latest. */
    private static final Set<String> CONTAINER_FIELDS_AFTER_STATE = Set.of("Last State", "Ready", "Restart Count");
    private static final Set<String> SECTIONS_AFTER_CONTAINERS = Set.of("Containers", "Ephemeral Containers",
            "Conditions", "Volumes", "Events");

    private final List<DescribeNode> roots;

    private DescribeTree(List<DescribeNode> roots) {
        this.roots = roots;
    }

    public static DescribeTree parse(List<SourceLine> lines) {
        List<DescribeNode> roots = new ArrayList<>();
        Deque<DescribeNode> open = new ArrayDeque<>();
        DescribeNode message = null;
        DescribeNode events = null;
        for (SourceLine line : lines) {
            DescribeNode node = toNode(line);
            if (node == null) {
                continue;
            }
            String text = line.text();
            if (message != null && !endsMessage(node, message.indent())) {
                message.add(new DescribeNode(line, message.indent() + 2, null, text, 0, text.length()));
                continue;
            }
            message = null;
            if (isPrompt(text)) {
                // a pasted shell prompt starts new output: nothing before it is a parent of what follows
                roots.add(node);
                open.clear();
                events = null;
                continue;
            }
            if (events != null && !events.children().isEmpty() && node.indent() == 0) {
                // kubectl prints an event message's own line breaks as they are, so its next lines start at column 0
                List<DescribeNode> rows = events.children();
                rows.get(rows.size() - 1).add(new DescribeNode(line, 2, null, text, 0, text.length()));
                continue;
            }
            if (node.key() == null && isElision(text)) {
                // "..." stands for lines the user cut: it is noted, but what follows belongs to what came before
                if (open.isEmpty()) {
                    roots.add(node);
                } else {
                    open.peek().add(node);
                }
                continue;
            }
            while (!open.isEmpty() && open.peek().indent() >= node.indent()) {
                open.pop();
            }
            if (open.isEmpty()) {
                roots.add(node);
                events = "Events".equals(node.key()) ? node : null;
            } else {
                if (isStateMessage(node, open.peek())) {
                    message = node;
                }
                open.peek().add(node);
            }
            open.push(node);
        }
        return new DescribeTree(roots);
    }

    private static boolean isElision(String text) {
        int first = StrippedRange.from(text, 0, text.length());
        // the pattern's first character, looked at before the regex: almost no line is an elision
        boolean mayBeElision = first < text.length() && startsAnElision(text.charAt(first));
        return mayBeElision && ELISION.matcher(text.strip()).matches();
    }

    private static boolean startsAnElision(char c) {
        return c == '[' || c == '.' || c == '…';
    }

    private static boolean isPrompt(String text) {
        return text.startsWith("$ ");
    }

    /**
     * A terminated state's message is printed raw: with {@code FallbackToLogsOnError} it is the log's tail, whose
     * lines start at column 0 and may look like fields. They belong to the message up to the state's next field.
     */
    private static boolean isStateMessage(DescribeNode node, DescribeNode parent) {
        return "Message".equals(node.key()) && ("State".equals(parent.key()) || "Last State".equals(parent.key()));
    }

    private static boolean endsMessage(DescribeNode node, int messageIndent) {
        String key = node.key();
        if (key == null) {
            return false;
        }
        return node.indent() == messageIndent && STATE_FIELDS_AFTER_MESSAGE.contains(key)
                || node.indent() == messageIndent - 2 && CONTAINER_FIELDS_AFTER_STATE.contains(key)
                || node.indent() == 0 && SECTIONS_AFTER_CONTAINERS.contains(key);
    }

    /**
     * Cuts the line by offsets: a describe line is read once, so its key and value are the only strings made from it.
     * Tabs count as spaces, as kubectl's tabwriter would have printed them. A blank line makes no node: {@code null}.
     */
    private static DescribeNode toNode(SourceLine line) {
        String text = line.text().indexOf('\t') < 0 ? line.text() : line.text().replace('\t', ' ');
        int end = StrippedRange.to(text, 0, text.length());
        if (end == 0) {
            return null;
        }
        int indent = 0;
        while (indent < end && text.charAt(indent) == ' ') {
            indent++;
        }
        int colon = keySeparator(text, indent, end);
        if (colon < 0) {
            return new DescribeNode(line, indent, null, text, indent, end);
        }
        return new DescribeNode(line, indent, text.substring(indent, colon), text, colon + 1, end);
    }

    /** The index of the first colon after {@code start} followed by a space or {@code end}, or -1. */
    private static int keySeparator(String text, int start, int end) {
        for (int i = text.indexOf(':', start); i >= 0 && i < end; i = text.indexOf(':', i + 1)) {
            if (i + 1 == end || text.charAt(i + 1) == ' ') {
                return i > start ? i : -1;
            }
        }
        return -1;
    }

    /** The text between {@code start} and {@code end}, stripped; {@code null} when empty or a placeholder. */
    static String value(String text, int start, int end) {
        int from = StrippedRange.from(text, start, end);
        int to = StrippedRange.to(text, from, end);
        if (from == to || text.charAt(from) == '<' && isEmptyMarker(text, from, to)) {
            return null;
        }
        return text.substring(from, to);
    }

    private static boolean isEmptyMarker(String text, int from, int to) {
        for (int i = 0; i < EMPTY_MARKERS.length; i++) {
            if (EMPTY_MARKERS[i].length() == to - from && text.startsWith(EMPTY_MARKERS[i], from)) {
                return true;
            }
        }
        return false;
    }

    public List<DescribeNode> roots() {
        return roots;
    }

    public DescribeNode root(String key) {
        for (DescribeNode root : roots) {
            if (key.equals(root.key())) {
                return root;
            }
        }
        return null;
    }

    public String rootValue(String key) {
        DescribeNode node = root(key);
        return node == null ? null : node.markUsed().value();
    }

    /** Visits every line no extractor understood. */
    public void forEachUnused(Consumer<DescribeNode> visitor) {
        Deque<DescribeNode> pending = new ArrayDeque<>(roots);
        while (!pending.isEmpty()) {
            DescribeNode node = pending.pollFirst();
            if (!node.isUsed()) {
                visitor.accept(node);
            }
            List<DescribeNode> children = node.children();
            for (int i = children.size() - 1; i >= 0; i--) {
                pending.addFirst(children.get(i));
            }
        }
    }
}
