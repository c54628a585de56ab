package dev.kubeadvisor.parse.objects;

import dev.kubeadvisor.model.ContainerKind;
import dev.kubeadvisor.model.ContainerState;
import dev.kubeadvisor.model.ContainerStatus;
import dev.kubeadvisor.model.ObjectRef;
import dev.kubeadvisor.model.Quantity;
import dev.kubeadvisor.model.Resources;
import dev.kubeadvisor.model.SourceLine;
import dev.kubeadvisor.parse.describe.PodDescribeParser;
import dev.kubeadvisor.parse.describe.PodFacts;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The containers of a pod object: each spec entry joined by name with its status, as {@code kubectl describe pod}
 * shows them (a container without status has no state, readiness or restart count). A pasted status block without
 * its spec gives one container per status.
 */
final class ContainerObjects {

    private record ContainerList(ContainerKind kind, String specField, String statusField) {
    }

    private static final List<ContainerList> LISTS = List.of(
            new ContainerList(ContainerKind.INIT, "initContainers", "initContainerStatuses"),
            new ContainerList(ContainerKind.APP, "containers", "containerStatuses"),
            new ContainerList(ContainerKind.EPHEMERAL, "ephemeralContainers", "ephemeralContainerStatuses"));

    private ContainerObjects() {
    }

    static void read(LocatedNode pod, DocumentLines lines, PodFacts facts) {
        for (ContainerList list : LISTS) {
            List<LocatedNode> specs = pod.path("spec", list.specField()).items();
            Map<String, LocatedNode> statuses = new LinkedHashMap<>();
            pod.path("status", list.statusField()).items()
                    .forEach(status -> statuses.putIfAbsent(nameOf(status.get("name")), status));
            if (specs.isEmpty()) {
                statuses.values().forEach(status -> facts.add(
                        container(facts.pod(), list.kind(), LocatedNode.MISSING, status, lines)));
                continue;
            }
            for (LocatedNode spec : specs) {
                String name = nameOf(spec.get("name"));
                facts.add(container(facts.pod(), list.kind(), spec, statuses.getOrDefault(name, LocatedNode.MISSING),
                        lines));
                ContainerExtras.otherRequests(spec, facts.pod(), name, lines, facts::add);
                EnvObjects.read(spec, name, lines, facts);
                ContainerExtras.jvmHeap(spec, facts.pod(), name, lines, facts::add);
            }
        }
    }

    private static String nameOf(LocatedNode name) {
        String text = name.nonEmptyText();
        return text == null ? ContainerStatus.UNNAMED : text;
    }

    private static ContainerStatus container(ObjectRef pod, ContainerKind kind, LocatedNode spec, LocatedNode status,
                                             DocumentLines lines) {
        LocatedNode name = spec.isObject() ? spec.get("name") : status.get("name");
        LocatedNode image = spec.isObject() ? spec.get("image") : status.get("image");
        boolean hasStatus = status.isObject();
        SourceLine nameLine = name.isPresent() ? lines.of(name) : lines.of(spec.isObject() ? spec : status);
        ContainerState lastState = status.path("lastState", "terminated").isObject()
                ? ContainerStateObject.of(status.get("lastState"), lines, nameLine) : null;
        return new ContainerStatus(pod, nameOf(name), kind, image.nonEmptyText(),
                hasStatus ? ContainerStateObject.of(status.get("state"), lines, nameLine) : null, lastState,
                hasStatus ? valueOr(status.get("ready").bool(), false) : null,
                hasStatus ? valueOr(status.get("restartCount").integer(), 0) : null,
                resources(spec.path("resources", "limits"), lines), resources(spec.path("resources", "requests"), lines),
                ProbeObject.of("Liveness", spec.get("livenessProbe"), lines),
                ProbeObject.of("Readiness", spec.get("readinessProbe"), lines),
                ProbeObject.of("Startup", spec.get("startupProbe"), lines),
                nameLine, lines.of(image), lines.of(status.get("ready")), lines.of(status.get("restartCount")));
    }

    private static <T> T valueOr(T value, T byDefault) {
        return value == null ? byDefault : value;
    }

    static Resources resources(LocatedNode block, DocumentLines lines) {
        if (!block.isObject()) {
            return Resources.NONE;
        }
        LocatedNode cpu = block.get("cpu");
        LocatedNode memory = block.get("memory");
        return new Resources(Quantity.parse(cpu.text()), Quantity.parse(memory.text()), lines.of(cpu),
                lines.of(memory));
    }
}
