package dev.kubeadvisor.live;

import io.fabric8.kubernetes.api.model.ContainerStatus;
import io.fabric8.kubernetes.api.model.Pod;

/** A first look at a pod's status, to read the unhealthy ones first; the rules decide what is really wrong. */
final class PodHealth {

    private PodHealth() {
    }

    static boolean looksHealthy(Pod pod) {
        if (pod.getStatus() == null) {
            return false;
        }
        String phase = pod.getStatus().getPhase();
        if ("Succeeded".equals(phase)) {
            return true;
        }
        if (!"Running".equals(phase)) {
            return false;
        }
        for (ContainerStatus status : pod.getStatus().getContainerStatuses()) {
            if (!Boolean.TRUE.equals(status.getReady()) || status.getRestartCount() != null && status.getRestartCount() > 0) {
                return false;
            }
        }
        return true;
    }
}
