package dev.kubeadvisor.model;

import java.util.List;

/**
 * A PersistentVolumeClaim. {@code storageClass} is null when the claim names none (kubectl prints
 * {@code StorageClass:} with nothing after it); {@code capacity} and {@code volume} are null until it is bound.
 */
public record PvcInfo(ObjectRef ref, String status, String volume, String storageClass, Quantity capacity,
                      String accessModes, String volumeMode, List<String> usedBy, SourceLine nameLine,
                      SourceLine statusLine, SourceLine storageClassLine, SourceLine usedByLine) {

    public boolean isPending() {
        return "Pending".equals(status);
    }
}
