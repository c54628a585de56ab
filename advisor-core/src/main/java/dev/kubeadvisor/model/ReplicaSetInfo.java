package dev.kubeadvisor.model;

/** A ReplicaSet: {@code Replicas:  2 current / 3 desired} and its controller ({@code Deployment/web}). */
public record ReplicaSetInfo(ObjectRef ref, String selector, String controlledBy, Integer currentReplicas,
                             Integer desiredReplicas, SourceLine nameLine, SourceLine replicasLine,
                             SourceLine controlledByLine) {

    public boolean isScaledToZero() {
        return desiredReplicas != null && desiredReplicas == 0;
    }
}
