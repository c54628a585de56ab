package dev.kubeadvisor.model;

/** A row of the pod's {@code Conditions:} table, e.g. {@code Ready  False}. */
public record PodCondition(ObjectRef pod, String type, String status, SourceLine line) {
}
