package dev.kubeadvisor.model;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A row of a node's {@code Allocated resources:} table: the sum of the requests and limits of its non-terminated
 * pods, e.g. {@code memory  1Gi (13%)  3Gi (40%)}. Percentages are of allocatable, truncated; extended resources
 * print none (null).
 */
public record NodeAllocation(ObjectRef node, String resource, Quantity requests, Integer requestsPercent,
                             Quantity limits, Integer limitsPercent, SourceLine line) {

    /**
     * Memory limits above this percentage of allocatable: if the pods use only two thirds of what they may, the node
     * runs out of memory. CPU limits over 100 % only mean throttling under contention, so they are not counted.
     */
    public static final int MEMORY_LIMITS_RISK_PERCENT = 150;
    /** Requests from this percentage of allocatable: the scheduler can place next to nothing more on the node. */
    public static final int NEARLY_FULL_REQUESTS_PERCENT = 95;

    /** Limits above 100 % of allocatable: the node is overcommitted. */
    public boolean isOvercommitted() {
        return limitsPercent != null && limitsPercent > 100;
    }

    /** Memory limits above {@value #MEMORY_LIMITS_RISK_PERCENT} % of allocatable. */
    public boolean isMemoryOvercommitted() {
        return "memory".equals(resource) && limitsPercent != null && limitsPercent > MEMORY_LIMITS_RISK_PERCENT;
    }

    /** CPU or memory requests at {@value #NEARLY_FULL_REQUESTS_PERCENT} % of allocatable or more. */
    public boolean isNearlyFullyRequested() {
        return ("cpu".equals(resource) || "memory".equals(resource)) && requestsPercent != null
                && requestsPercent >= NEARLY_FULL_REQUESTS_PERCENT;
    }

    /** The rows a rule collected in plain words: {@code memory limits 30Gi (196%), cpu requests 3800m (96%)}. */
    public static String describeAll(Collection<?> rows) {
        return rows.stream().map(r -> ((NodeAllocation) r).describe()).collect(Collectors.joining(", "));
    }

    /** True when one of the rows a rule collected is {@link #isMemoryOvercommitted()}. */
    public static boolean anyMemoryOvercommitted(Collection<?> rows) {
        return rows.stream().map(NodeAllocation.class::cast).anyMatch(NodeAllocation::isMemoryOvercommitted);
    }

    /** The lines of the rows a rule collected, in input order. */
    public static List<SourceLine> lines(Collection<?> rows) {
        return rows.stream().map(r -> ((NodeAllocation) r).line()).filter(Objects::nonNull)
                .sorted(SourceLine.INPUT_ORDER).toList();
    }

    /** {@code memory limits 30Gi (196%)} or {@code cpu requests 3800m (96%)}, whichever makes the row count. */
    public String describe() {
        return isMemoryOvercommitted() ? resource + " limits " + limits.text() + " (" + limitsPercent + "%)"
                : resource + " requests " + requests.text() + " (" + requestsPercent + "%)";
    }
}
