package dev.kubeadvisor.model;

/** One taint of a node: {@code key[=value]:Effect}. {@code value} is null when the taint has none. */
public record NodeTaint(ObjectRef node, String key, String value, String effect, SourceLine line) {

    /** {@code node.kubernetes.io/unreachable:NoExecute}, as kubectl prints it. */
    public String text() {
        return key + (value == null ? "" : "=" + value) + ":" + effect;
    }
}
