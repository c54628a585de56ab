package dev.kubeadvisor.model;

/**
 * How many of a controller's pods are in each phase: {@code Pods Status:  2 Running / 1 Waiting / 0 Succeeded /
 * 0 Failed} (ReplicaSet, StatefulSet, DaemonSet). {@code pending} is kubectl's "Waiting": pods in phase Pending.
 */
public record PodsStatus(ObjectRef owner, int running, int pending, int succeeded, int failed, SourceLine line) {
}
