package dev.kubeadvisor.model;

/**
 * A ReplicaSet of a Deployment, from {@code NewReplicaSet:  web-7d4b9c (1/3 replicas created)} or
 * {@code OldReplicaSets:}: {@code replicas} is its status count, {@code desiredReplicas} its spec count.
 */
public record DeploymentReplicaSet(ObjectRef deployment, ObjectRef replicaSet, boolean isNew, Integer replicas,
                                   Integer desiredReplicas, SourceLine line) {
}
