package dev.kubeadvisor.model;

import java.util.Collection;
import java.util.List;

/**
 * A container's request of a resource other than cpu and memory (those are in {@link ContainerStatus#requests()}):
 * {@code nvidia.com/gpu: 2}, {@code ephemeral-storage: 20Gi}, as kubectl prints it.
 */
public record ResourceRequest(ObjectRef pod, String container, String resource, String amount, SourceLine line) {

    /** {@code nvidia.com/gpu 2 (trainer)} */
    public String describe() {
        return resource + " " + amount + " (" + container + ")";
    }

    /** What a rule's collected requests ask of {@code resource}, container by container, or that the input shows none. */
    public static String describe(Collection<?> requests, String resource) {
        List<String> parts = of(requests, List.of(resource)).stream().map(ResourceRequest::describe).toList();
        return parts.isEmpty() ? "an amount not shown in this input" : String.join(", ", parts);
    }

    /** The lines of the collected requests of {@code resources}, in input order. */
    public static List<SourceLine> linesFor(Collection<?> requests, Collection<String> resources) {
        return of(requests, resources).stream().map(ResourceRequest::line).sorted(SourceLine.INPUT_ORDER).toList();
    }

    private static List<ResourceRequest> of(Collection<?> requests, Collection<String> resources) {
        return requests.stream().map(ResourceRequest.class::cast).filter(r -> resources.contains(r.resource())).toList();
    }
}
