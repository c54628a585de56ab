package dev.kubeadvisor.model;

/**
 * A row of a node's {@code Allocated resources:} table: the sum of the requests and limits of its non-terminated
 * pods, e.g. {@code memory  1Gi (13%)  3Gi (40%)}. Percentages are of allocatable, truncated; extended resources
 * print none (null).
 */
public record NodeAllocation(ObjectRef node, String resource, Quantity requests, Integer requestsPercent,
                             Quantity limits, Integer limitsPercent, SourceLine line) {

    /** Limits above 100 % of allocatable: the node is overcommitted. */
    public boolean isOvercommitted() {
        return limitsPercent != null && limitsPercent > 100;
    }
}
