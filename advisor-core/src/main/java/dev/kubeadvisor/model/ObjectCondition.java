package dev.kubeadvisor.model;

import java.util.Collection;
import java.util.List;

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

    /** The lines of the conditions a rule collected, in input order. */
    public static List<SourceLine> lines(Collection<?> conditions) {
        return conditions.stream().map(c -> ((ObjectCondition) c).line()).sorted(SourceLine.INPUT_ORDER).toList();
    }
}
