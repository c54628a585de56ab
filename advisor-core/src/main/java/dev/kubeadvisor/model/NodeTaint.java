package dev.kubeadvisor.model;

import java.util.Collection;
import java.util.List;
import java.util.Objects;

/** One taint of a node: {@code key[=value]:Effect}. {@code value} is null when the taint has none. */
public record NodeTaint(ObjectRef node, String key, String value, String effect, SourceLine line) {

    /** The lines of the taints a rule collected, in input order. */
    public static List<SourceLine> lines(Collection<?> taints) {
        return taints.stream().map(t -> ((NodeTaint) t).line()).filter(Objects::nonNull)
                .sorted(SourceLine.INPUT_ORDER).toList();
    }

    /** {@code node.kubernetes.io/unreachable:NoExecute}, as kubectl prints it. */
    public String text() {
        return key + (value == null ? "" : "=" + value) + ":" + effect;
    }
}
