package dev.kubeadvisor.model;

/**
 * A StatefulSet's {@code Volume Claims:} entry: each pod gets a claim {@code <name>-<pod>} made from it.
 * {@code storageClass} is null when none is named (the cluster default applies, if there is one).
 */
public record VolumeClaimTemplate(ObjectRef owner, String name, String storageClass, Quantity capacity,
                                  String accessModes, SourceLine line) {
}
