package dev.kubeadvisor.model;

/**
 * The preemption tail of a {@code FailedScheduling} message ({@code preemption: 0/3 nodes are available: 3 Preemption
 * is not helpful for scheduling.}): on {@code notHelpful} of the {@code nodesTotal} nodes, evicting lower-priority
 * pods could not make room, because the node rejected the pod for a reason that no eviction changes.
 */
public record PreemptionOutcome(ObjectRef pod, int nodesTotal, int notHelpful, SourceLine line) {

    /** No node could take the pod even if every lower-priority pod were evicted from it. */
    public boolean isHopelessOnEveryNode() {
        return nodesTotal > 0 && notHelpful == nodesTotal;
    }
}
