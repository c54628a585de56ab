package dev.kubeadvisor.model;

/**
 * One resource of a node's {@code Capacity:} and {@code Allocatable:} blocks ({@code cpu}, {@code memory},
 * {@code pods}, {@code ephemeral-storage}, {@code hugepages-2Mi}, extended resources such as {@code nvidia.com/gpu}).
 * Pods are scheduled against {@code allocatable}.
 */
public record NodeResource(ObjectRef node, String resource, Quantity capacity, Quantity allocatable,
                           SourceLine capacityLine, SourceLine allocatableLine) {
}
