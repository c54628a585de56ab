package dev.kubeadvisor.parse.describe;

import dev.kubeadvisor.model.ContainerKind;
import dev.kubeadvisor.model.ObjectRef;
import dev.kubeadvisor.model.TemplateContainer;
import java.util.Set;
import java.util.function.Consumer;

/**
 * A workload's {@code Pod Template:}: its containers as {@link TemplateContainer} facts of the owner, with their
 * environment. The template is printed one level in, container names with one extra space.
 */
final class PodTemplateSection {

    private static final Set<String> INFORMATIONAL_FIELDS = Set.of("Labels", "Annotations", "Service Account",
            "Volumes", "Node-Selectors", "Tolerations", "Priority Class Name", "Topology Spread Constraints");

    private PodTemplateSection() {
    }

    static void read(DescribeTree tree, ObjectRef owner, Consumer<Object> facts) {
        DescribeNode template = tree.root("Pod Template");
        if (template == null) {
            return;
        }
        template.markUsed();
        for (DescribeNode field : template.children()) {
            if (field.key() == null) {
                continue;
            }
            switch (field.key()) {
                case "Init Containers" -> containers(field, owner, ContainerKind.INIT, facts);
                case "Containers" -> containers(field, owner, ContainerKind.APP, facts);
                default -> {
                    if (INFORMATIONAL_FIELDS.contains(field.key())) {
                        field.markTreeUsed();
                    }
                }
            }
        }
    }

    private static void containers(DescribeNode section, ObjectRef owner, ContainerKind kind, Consumer<Object> facts) {
        section.markUsed();
        for (DescribeNode container : section.children()) {
            if (container.key() == null) {
                continue;
            }
            container.markUsed();
            facts.accept(new TemplateContainer(owner, container.key(), kind, container.childValue("Image"),
                    ContainerFields.resources(container, "Limits"), ContainerFields.resources(container, "Requests"),
                    ContainerFields.probe(container, "Liveness"), ContainerFields.probe(container, "Readiness"),
                    ContainerFields.probe(container, "Startup"), container.source(), container.childLine("Image")));
            ContainerFields.environment(container, owner, facts);
            ContainerFields.markInformational(container);
        }
    }
}
