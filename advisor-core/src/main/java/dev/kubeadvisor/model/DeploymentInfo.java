package dev.kubeadvisor.model;

/**
 * A Deployment: {@code Replicas:  3 desired | 1 updated | 4 total | 2 available | 2 unavailable}, its strategy and,
 * for {@code RollingUpdate}, {@code maxUnavailable} and {@code maxSurge} as written ({@code 25%} or {@code 1}).
 */
public record DeploymentInfo(ObjectRef ref, String selector, Integer desiredReplicas, Integer updatedReplicas,
                             Integer totalReplicas, Integer availableReplicas, Integer unavailableReplicas,
                             String strategyType, Integer minReadySeconds, String maxUnavailable, String maxSurge,
                             SourceLine nameLine, SourceLine replicasLine, SourceLine strategyTypeLine,
                             SourceLine rollingUpdateLine) {

    public boolean isRecreate() {
        return "Recreate".equals(strategyType);
    }

    /** Pods are wanted but none is available: the workload is down, not only degraded. */
    public boolean servesNothing() {
        return desiredReplicas != null && desiredReplicas > 0 && availableReplicas != null && availableReplicas == 0;
    }

    /** {@code "2 of 3 desired pods available"}, from the {@code Replicas:} line. */
    public String availabilityText() {
        return availableReplicas + " of " + desiredReplicas + " desired pods available";
    }

    public boolean isScaledToZero() {
        return desiredReplicas != null && desiredReplicas == 0;
    }

    /**
     * How many pods a rolling update may take down, as the controller computes it: a percentage of the desired
     * replicas rounded down; when both it and the surge come to 0 the controller still allows 1. Null when unknown.
     */
    public Integer maxUnavailableResolved() {
        Integer unavailable = scaled(maxUnavailable, false);
        Integer surge = scaled(maxSurge, true);
        if (unavailable != null && unavailable == 0 && surge != null && surge == 0) {
            return 1;
        }
        return unavailable;
    }

    /** How many pods above the desired count a rolling update may add: a percentage rounded up. Null when unknown. */
    public Integer maxSurgeResolved() {
        return scaled(maxSurge, true);
    }

    private Integer scaled(String intOrPercent, boolean roundUp) {
        if (intOrPercent == null || desiredReplicas == null) {
            return null;
        }
        if (intOrPercent.matches("\\d{1,9}")) {
            return Integer.valueOf(intOrPercent);
        }
        if (!intOrPercent.matches("\\d{1,9}%")) {
            return null;
        }
        long percent = Long.parseLong(intOrPercent.substring(0, intOrPercent.length() - 1));
        long scaledUp = percent * desiredReplicas;
        return (int) (roundUp ? (scaledUp + 99) / 100 : scaledUp / 100);
    }
}
