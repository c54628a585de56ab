package dev.kubeadvisor.model;

/** One label of the pod's {@code Node-Selectors:}: the pod only goes to nodes that carry {@code key=value}. */
public record NodeSelector(ObjectRef pod, String key, String value, SourceLine line) {

    /** The label as {@code kubectl get nodes -l} takes it. */
    public String label() {
        return key + "=" + value;
    }
}
