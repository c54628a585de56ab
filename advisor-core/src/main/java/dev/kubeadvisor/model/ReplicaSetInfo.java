package dev.kubeadvisor.model;

import java.util.Collection;
import java.util.List;
import java.util.Objects;

/** A ReplicaSet: {@code Replicas:  2 current / 3 desired} and its controller ({@code Deployment/web}). */
public record ReplicaSetInfo(ObjectRef ref, String selector, String controlledBy, Integer currentReplicas,
                             Integer desiredReplicas, SourceLine nameLine, SourceLine replicasLine,
                             SourceLine controlledByLine) {

    public boolean isScaledToZero() {
        return desiredReplicas != null && desiredReplicas == 0;
    }

    /** The {@code Replicas:} lines of the ReplicaSets a rule collected. */
    public static List<SourceLine> replicasLines(Collection<?> replicaSets) {
        return replicaSets.stream().map(r -> ((ReplicaSetInfo) r).replicasLine()).filter(Objects::nonNull).toList();
    }
}
