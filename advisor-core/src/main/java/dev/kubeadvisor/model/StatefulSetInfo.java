package dev.kubeadvisor.model;

/** A StatefulSet: {@code Replicas:  3 desired | 2 total} and its update strategy. */
public record StatefulSetInfo(ObjectRef ref, String selector, Integer desiredReplicas, Integer totalReplicas,
                              String updateStrategy, Integer partition, SourceLine nameLine,
                              SourceLine replicasLine) {

    public boolean isScaledToZero() {
        return desiredReplicas != null && desiredReplicas == 0;
    }
}
