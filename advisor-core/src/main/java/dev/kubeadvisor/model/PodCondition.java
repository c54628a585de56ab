package dev.kubeadvisor.model;

/**
 * A row of the pod's {@code Conditions:} table, e.g. {@code Ready  False}. {@code reason} ({@code SchedulingGated},
 * {@code Unschedulable}...) is {@code null} where the input does not show it, as in describe, which prints only
 * the type and status.
 */
public record PodCondition(ObjectRef pod, String type, String status, String reason, SourceLine line) {
}
