package dev.kubeadvisor.parse.events;

import dev.kubeadvisor.model.ContainerStatus;
import dev.kubeadvisor.model.KubeEvent;
import dev.kubeadvisor.model.ProbeFailure;
import java.util.List;
import java.util.Optional;

/**
 * Tells which container an {@code Unhealthy} "probe failed" event is about. kubectl 1.35+ prefixes the message with
 * the field path and old kubectl printed a SubObjectPath column; otherwise the message does not name the container,
 * and the event can only be about the one container that has a probe of that kind.
 */
public final class ProbeFailureAttribution {

    private ProbeFailureAttribution() {
    }

    /** The failure, when the event is one and its container is known; empty otherwise. */
    public static Optional<ProbeFailure> of(KubeEvent event, List<ContainerStatus> containers) {
        String probe = ProbeFailure.probeOf(event);
        if (probe == null) {
            return Optional.empty();
        }
        if (event.container() != null) {
            return Optional.of(ProbeFailure.of(event, event.container()));
        }
        List<ContainerStatus> probed = containers.stream()
                .filter(c -> c.pod().equals(event.involved()) && c.probe(probe) != null).toList();
        return probed.size() == 1 ? Optional.of(ProbeFailure.of(event, probed.get(0).name())) : Optional.empty();
    }
}
