package dev.kubeadvisor.parse.objects;

import dev.kubeadvisor.model.ContainerKind;
import dev.kubeadvisor.model.ObjectRef;
import dev.kubeadvisor.model.TemplateContainer;
import dev.kubeadvisor.parse.describe.PodFacts;
import java.util.function.Consumer;

/**
 * A workload's pod template ({@code spec.template}): its init and app containers as {@link TemplateContainer} facts
 * of the workload, with their environment, as {@code kubectl describe} prints its {@code Pod Template:}.
 */
final class TemplateObjects {

    private TemplateObjects() {
    }

    static void read(LocatedNode template, ObjectRef owner, DocumentLines lines, Consumer<Object> sink) {
        LocatedNode podSpec = template.get("spec");
        EnvObjects.hideSensitiveLiterals(podSpec, lines);
        PodFacts facts = new PodFacts(owner, sink);
        containers(podSpec.get("initContainers"), ContainerKind.INIT, facts, lines);
        containers(podSpec.get("containers"), ContainerKind.APP, facts, lines);
    }

    private static void containers(LocatedNode list, ContainerKind kind, PodFacts facts, DocumentLines lines) {
        for (LocatedNode container : list.items()) {
            String name = container.get("name").text();
            facts.add(new TemplateContainer(facts.pod(), name, kind, container.get("image").nonEmptyText(),
                    ContainerObjects.resources(container.path("resources", "limits"), lines),
                    ContainerObjects.resources(container.path("resources", "requests"), lines),
                    ProbeObject.of("Liveness", container.get("livenessProbe"), lines),
                    ProbeObject.of("Readiness", container.get("readinessProbe"), lines),
                    ProbeObject.of("Startup", container.get("startupProbe"), lines),
                    lines.of(container.get("name")), lines.of(container.get("image"))));
            EnvObjects.read(container, name, lines, facts);
            ContainerExtras.jvmHeap(container, facts.pod(), name, lines, facts::add);
        }
    }
}
