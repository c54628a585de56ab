package dev.kubeadvisor.model;

/**
 * A row of a workload's or claim's {@code Conditions:} table ({@code Progressing  False  ProgressDeadlineExceeded}):
 * Deployment, ReplicaSet, Job, PersistentVolumeClaim. {@code message} is only known from JSON or YAML; describe prints
 * none.
 */
public record ObjectCondition(ObjectRef object, String type, String status, String reason, String message,
                              SourceLine line) {

    public boolean isTrue() {
        return "True".equals(status);
    }

    public boolean isFalse() {
        return "False".equals(status);
    }
}
