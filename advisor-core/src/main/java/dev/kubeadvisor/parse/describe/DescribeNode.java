package dev.kubeadvisor.parse.describe;

import dev.kubeadvisor.model.SourceLine;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One line of {@code kubectl describe} output and the more-indented lines under it. A line {@code Key:  value}
 * has a key; a continuation line (a label, a mount, an argument) has only a value.
 */
public final class DescribeNode {

    private final SourceLine source;
    private final int indent;
    private final String key;
    /** Until the value is first asked for: the text it is cut from, by {@link DescribeTree#value}. */
    private String valueText;
    private final int valueStart;
    private final int valueEnd;
    private String value;
    /** Most lines have none: the list is made for the first child. */
    private List<DescribeNode> children = List.of();
    private boolean used;

    /**
     * A line whose value is {@code text} between {@code valueStart} and {@code valueEnd}, cut when it is first asked
     * for: most lines are only looked at by their key, or not at all.
     */
    DescribeNode(SourceLine source, int indent, String key, String text, int valueStart, int valueEnd) {
        this.source = source;
        this.indent = indent;
        this.key = key;
        this.valueText = text;
        this.valueStart = valueStart;
        this.valueEnd = valueEnd;
    }

    private DescribeNode(SourceLine source, String key, String value) {
        this(source, -1, key, null, 0, 0);
        this.value = value;
    }

    /**
     * A line that is not in the input but is implied by it, e.g. the container header of an excerpt that kept only
     * {@code Exit Code:  139}. It holds the real lines under it and cites the first of them.
     */
    static DescribeNode implied(String key, String value, List<DescribeNode> children) {
        DescribeNode node = new DescribeNode(children.get(0).source(), key, value);
        node.children = new ArrayList<>(children);
        node.used = true;
        return node;
    }

    public SourceLine source() {
        return source;
    }

    public int indent() {
        return indent;
    }

    /** The text before the first {@code ": "}, or {@code null} for a continuation line. */
    public String key() {
        return key;
    }

    /** The trimmed value, or {@code null} when empty or one of kubectl's placeholders ({@code <none>}...). */
    public String value() {
        if (valueText != null) {
            value = DescribeTree.value(valueText, valueStart, valueEnd);
            valueText = null;
        }
        return value;
    }

    /** The line's trimmed text, key included. */
    public String text() {
        return source.text().strip();
    }

    public List<DescribeNode> children() {
        return children;
    }

    public Optional<DescribeNode> child(String childKey) {
        return Optional.ofNullable(find(childKey));
    }

    public String childValue(String childKey) {
        DescribeNode child = find(childKey);
        return child == null ? null : child.markUsed().value();
    }

    public SourceLine childLine(String childKey) {
        DescribeNode child = find(childKey);
        return child == null ? null : child.source();
    }

    private DescribeNode find(String childKey) {
        for (int i = 0; i < children.size(); i++) {
            if (childKey.equals(children.get(i).key)) {
                return children.get(i);
            }
        }
        return null;
    }

    /** Marks this line as understood, so it is not reported as unrecognised. */
    public DescribeNode markUsed() {
        used = true;
        return this;
    }

    /** Marks this line and everything under it as understood. */
    public DescribeNode markTreeUsed() {
        used = true;
        for (int i = 0; i < children.size(); i++) {
            children.get(i).markTreeUsed();
        }
        return this;
    }

    public boolean isUsed() {
        return used;
    }

    void add(DescribeNode child) {
        if (children.isEmpty()) {
            children = new ArrayList<>();
        }
        children.add(child);
    }
}
