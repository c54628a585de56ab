package dev.kubeadvisor.model;

/**
 * A row of a node's {@code Non-terminated Pods:} table: a pod running (or pending) on the node and what it requests.
 * Percentages are of the node's allocatable.
 */
public record NodePod(ObjectRef node, ObjectRef pod, Quantity cpuRequests, Integer cpuRequestsPercent,
                      Quantity cpuLimits, Integer cpuLimitsPercent, Quantity memoryRequests,
                      Integer memoryRequestsPercent, Quantity memoryLimits, Integer memoryLimitsPercent, String age,
                      SourceLine line) {
}
