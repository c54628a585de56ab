package dev.kubeadvisor.parse.describe;

import dev.kubeadvisor.model.ContainerStatus;
import dev.kubeadvisor.model.EnvFrom;
import dev.kubeadvisor.model.EnvSource;
import dev.kubeadvisor.model.EnvVar;
import dev.kubeadvisor.model.ImageReference;
import dev.kubeadvisor.model.KubeEvent;
import dev.kubeadvisor.model.MissingConfig;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Finds the container of a pod event whose message does not name it. kubectl before 1.35 prints no field path, so
 * {@code Failed to pull image "x": ...} is tied to the container running image x, and {@code Error: secret "s" not
 * found} to the container that cannot get its configuration because it uses s. An event stays unattributed when
 * more than one container fits.
 */
public final class EventAttribution {

    private static final Set<String> IMAGE_WAITING_REASONS = Set.of("ErrImagePull", "ImagePullBackOff",
            "InvalidImageName", "ErrImageNeverPull", "ImageInspectError", "RegistryUnavailable",
            "SignatureValidationFailed");
    private static final String CONFIG_ERROR = "CreateContainerConfigError";

    private final List<ContainerStatus> containers;
    private final List<EnvVar> variables;
    private final List<EnvFrom> envFroms;

    public EventAttribution(List<ContainerStatus> containers, List<EnvVar> variables, List<EnvFrom> envFroms) {
        this.containers = containers;
        this.variables = variables;
        this.envFroms = envFroms;
    }

    public KubeEvent attribute(KubeEvent event) {
        if (event.container() != null) {
            return event;
        }
        String image = event.image();
        if (image != null) {
            return attributeTo(event, c -> ImageReference.same(c.image(), image),
                    c -> c.waitingReason() != null && IMAGE_WAITING_REASONS.contains(c.waitingReason()));
        }
        MissingConfig missing = event.missingConfig();
        if (missing != null && "Failed".equals(event.reason())) {
            return attributeTo(event, c -> CONFIG_ERROR.equals(c.waitingReason()), c -> uses(c.name(), missing));
        }
        return event;
    }

    /** The one container that {@code fits}, narrowed by {@code better} when several do. */
    private KubeEvent attributeTo(KubeEvent event, Predicate<ContainerStatus> fits, Predicate<ContainerStatus> better) {
        List<ContainerStatus> candidates = containers.stream().filter(c -> c.pod().equals(event.involved()))
                .filter(fits).toList();
        if (candidates.size() > 1) {
            candidates = candidates.stream().filter(better).toList();
        }
        return candidates.size() == 1 ? event.withContainer(candidates.get(0).name()) : event;
    }

    private boolean uses(String container, MissingConfig missing) {
        EnvSource source = missing.isSecret() ? EnvSource.SECRET : EnvSource.CONFIG_MAP;
        return variables.stream().anyMatch(v -> v.container().equals(container) && v.source() == source
                && missing.name().equals(v.refName()))
                || envFroms.stream().anyMatch(e -> e.container().equals(container) && e.source() == source
                && missing.name().equals(e.refName()));
    }
}
