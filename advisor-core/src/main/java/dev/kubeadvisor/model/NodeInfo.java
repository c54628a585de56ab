package dev.kubeadvisor.model;

/**
 * A node as {@code kubectl describe node} shows it. {@code unschedulable} is true after {@code kubectl cordon};
 * {@code leaseHolder} is null when the lease could not be read ({@code Lease: Failed to get lease}), in which case
 * {@code leaseError} says why.
 */
public record NodeInfo(ObjectRef ref, String roles, Boolean unschedulable, String leaseHolder, String leaseRenewTime,
                       String leaseError, String kubeletVersion, String containerRuntimeVersion,
                       SourceLine nameLine, SourceLine unschedulableLine, SourceLine leaseLine) {

    public boolean isCordoned() {
        return Boolean.TRUE.equals(unschedulable);
    }
}
