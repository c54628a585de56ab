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
    private final String value;
    /** Most lines have none: the list is made for the first child. */
    private List<DescribeNode> children = List.of();
    private boolean used;

    DescribeNode(SourceLine source, int indent, String key, String value) {
        this.source = source;
        this.indent = indent;
        this.key = key;
        this.value = value;
    }

    /**
     * A line that is not in the input but is implied by it, e.g. the container header of an excerpt that kept only
     * {@code Exit Code:  139}. It holds the real lines under it and cites the first of them.
     */
    static DescribeNode implied(String key, String value, List<DescribeNode> children) {
        DescribeNode node = new DescribeNode(children.get(0).source(), -1, key, value);
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
