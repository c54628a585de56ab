package dev.kubeadvisor.parse.describe;

import dev.kubeadvisor.model.EnvFrom;
import dev.kubeadvisor.model.ObjectRef;
import dev.kubeadvisor.model.Probe;
import dev.kubeadvisor.model.Quantity;
import dev.kubeadvisor.model.ResourceRequest;
import dev.kubeadvisor.model.Resources;
import java.util.Set;
import java.util.function.Consumer;

/** The container fields a pod and a pod template print alike: resources, probes and the environment. */
final class ContainerFields {

    /** Container fields that are understood and carry nothing the rules use. */
    private static final Set<String> INFORMATIONAL_FIELDS = Set.of(
            "Container ID", "Image ID", "Port", "Ports", "Host Port", "Host Ports", "SeccompProfile", "Command",
            "Args", "Mounts", "Devices", "Restart Policy");

    private ContainerFields() {
    }

    static void markInformational(DescribeNode container) {
        for (DescribeNode field : container.children()) {
            if (field.key() != null && INFORMATIONAL_FIELDS.contains(field.key())) {
                field.markTreeUsed();
            }
        }
    }

    static Resources resources(DescribeNode container, String key) {
        return container.child(key).map(node -> {
            node.markTreeUsed();
            DescribeNode cpu = node.child("cpu").orElse(null);
            DescribeNode memory = node.child("memory").orElse(null);
            return new Resources(cpu == null ? null : Quantity.parse(cpu.value()),
                    memory == null ? null : Quantity.parse(memory.value()),
                    cpu == null ? null : cpu.source(), memory == null ? null : memory.source());
        }).orElse(Resources.NONE);
    }

    static Probe probe(DescribeNode container, String key) {
        return container.child(key)
                .map(node -> ProbeLine.parse(key, node.markUsed().value(), node.source()))
                .orElse(null);
    }

    /** The {@code Environment Variables from:} and {@code Environment:} lines of a container of {@code owner}. */
    static void environment(DescribeNode container, ObjectRef owner, Consumer<Object> facts) {
        container.child("Environment Variables from").ifPresent(envFrom -> {
            envFrom.markUsed();
            for (DescribeNode line : envFrom.children()) {
                EnvFrom reference = EnvFromLine.parse(owner, container.key(), line);
                if (reference != null) {
                    line.markTreeUsed();
                    facts.accept(reference);
                }
            }
        });
        container.child("Environment").ifPresent(environment -> {
            environment.markUsed();
            for (DescribeNode variable : environment.children()) {
                if (variable.key() != null) {
                    variable.markTreeUsed();
                    facts.accept(EnvLine.parse(owner, container.key(), variable));
                    JvmHeapLines.fromVariable(owner, container.key(), variable).ifPresent(facts);
                }
            }
        });
        JvmHeapLines.fromCommandLine(owner, container).ifPresent(facts);
    }

    /** The requests {@link Resources} does not hold: extended resources, ephemeral-storage, hugepages. */
    static void otherRequests(DescribeNode container, ObjectRef owner, Consumer<Object> facts) {
        container.child("Requests").ifPresent(requests -> {
            for (DescribeNode request : requests.children()) {
                if (request.key() != null && request.value() != null && !request.key().equals("cpu")
                        && !request.key().equals("memory")) {
                    facts.accept(new ResourceRequest(owner, container.key(), request.key(), request.value(),
                            request.source()));
                }
            }
        });
    }
}
