package dev.kubeadvisor.model;

/**
 * A container's request of a resource other than cpu and memory (those are in {@link ContainerStatus#requests()}):
 * {@code nvidia.com/gpu: 2}, {@code ephemeral-storage: 20Gi}, as kubectl prints it.
 */
public record ResourceRequest(ObjectRef pod, String container, String resource, String amount, SourceLine line) {

    /** {@code nvidia.com/gpu 2 (trainer)} */
    public String describe() {
        return resource + " " + amount + " (" + container + ")";
    }
}
