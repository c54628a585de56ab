package dev.kubeadvisor.model;

/**
 * The pod-level facts of one {@code kubectl describe pod} document. Absent fields are {@code null};
 * {@code controlledBy} is {@code Kind/name} of the controller.
 */
public record PodInfo(ObjectRef ref, String phase, String reason, String message, String node,
                      String controlledBy, String qosClass,
                      SourceLine nameLine, SourceLine statusLine, SourceLine reasonLine, SourceLine messageLine,
                      SourceLine controlledByLine) {

    public String name() {
        return ref.name();
    }

    public String namespace() {
        return ref.namespace();
    }

    /** Pending and not bound to a node: the scheduler has not placed it (yet). */
    public boolean isUnscheduled() {
        return node == null && "Pending".equals(phase);
    }

    public boolean hasController() {
        return controlledBy != null;
    }
}
