package dev.kubeadvisor.parse.describe;

import dev.kubeadvisor.model.ObjectRef;
import dev.kubeadvisor.model.SourceLine;
import java.util.Set;
import java.util.function.Consumer;

/** What every describer prints alike: the object's name and namespace, plain fields, and the events. */
final class DescribedFields {

    /** Fields most describers print that carry nothing a rule uses. */
    static final Set<String> METADATA = Set.of("Labels", "Annotations", "CreationTimestamp", "Finalizers");

    private DescribedFields() {
    }

    /** {@code Name:} and {@code Namespace:}; the namespace is null when it is not printed. */
    static ObjectRef ref(DescribeTree tree, String kind) {
        return new ObjectRef(kind, tree.rootValue("Namespace"), tree.rootValue("Name"));
    }

    static SourceLine line(DescribeTree tree, String key) {
        DescribeNode node = tree.root(key);
        return node == null ? null : node.source();
    }

    /** The top-level fields named, and everything under them, are understood. */
    static void markUsed(DescribeTree tree, Set<String> keys) {
        for (DescribeNode root : tree.roots()) {
            if (root.key() != null && keys.contains(root.key())) {
                root.markTreeUsed();
            }
        }
    }

    /**
     * What every describer does last: the metadata and the kind's {@code informational} fields are understood, and
     * the events are read.
     */
    static void finish(DescribeTree tree, ObjectRef ref, Set<String> informational, Consumer<Object> facts) {
        markUsed(tree, METADATA);
        markUsed(tree, informational);
        events(tree, ref, facts);
    }

    static void events(DescribeTree tree, ObjectRef ref, Consumer<Object> facts) {
        DescribeNode events = tree.root("Events");
        if (events != null) {
            EventTable.read(events, ref).forEach(facts);
        }
    }

    /** A whole number, or null for anything else ({@code <unset>}, {@code 900s} is read as 900). */
    static Integer integer(String value) {
        if (value == null) {
            return null;
        }
        String digits = value.endsWith("s") ? value.substring(0, value.length() - 1) : value;
        return WholeNumber.of(digits, true);
    }

    /** {@code true}/{@code True}/{@code false}/{@code False}, else null. */
    static Boolean bool(String value) {
        if ("true".equalsIgnoreCase(value)) {
            return Boolean.TRUE;
        }
        return "false".equalsIgnoreCase(value) ? Boolean.FALSE : null;
    }
}
