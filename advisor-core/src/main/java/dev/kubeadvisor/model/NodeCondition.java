package dev.kubeadvisor.model;

import java.util.Set;

/**
 * A row of a node's {@code Conditions:} table, e.g. {@code Ready  Unknown  <heartbeat>  <transition>
 * NodeStatusUnknown  Kubelet stopped posting node status.} Times are kept as printed.
 */
public record NodeCondition(ObjectRef node, String type, String status, String lastHeartbeatTime,
                            String lastTransitionTime, String reason, String message, SourceLine line) {

    private static final Set<String> PRESSURE_TYPES = Set.of("MemoryPressure", "DiskPressure", "PIDPressure");

    public boolean isTrue() {
        return "True".equals(status);
    }

    /** {@code Ready} that is {@code False} or {@code Unknown}. */
    public boolean isNotReady() {
        return "Ready".equals(type) && !isTrue();
    }

    /** A memory, disk or PID pressure condition that is {@code True}. */
    public boolean isPressure() {
        return PRESSURE_TYPES.contains(type) && isTrue();
    }

    /** {@code DiskPressure True since <time> (KubeletHasDiskPressure: kubelet has disk pressure)}. */
    public String describe() {
        String why = reason == null ? message : message == null ? reason : reason + ": " + message;
        return type + " " + status + (lastTransitionTime == null ? "" : " since " + lastTransitionTime)
                + (why == null ? "" : " (" + why + ")");
    }

    /** The node controller gave up on the kubelet: {@code Kubelet stopped posting node status.} */
    public boolean isStatusUnknown() {
        return "Unknown".equals(status);
    }
}
