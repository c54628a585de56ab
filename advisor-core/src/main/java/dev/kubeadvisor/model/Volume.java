package dev.kubeadvisor.model;

import java.util.Collection;
import java.util.List;

/** A pod volume: {@code type} is the kind kubectl prints ({@code Secret}, {@code ConfigMap}, ...). */
public record Volume(ObjectRef pod, String name, String type, String sourceName, SourceLine line) {

    public static final String CLAIM = "PersistentVolumeClaim";

    /** The claim names of a rule's collected volumes, in input order. */
    public static List<String> claims(Collection<?> volumes) {
        return volumes.stream().map(Volume.class::cast).filter(v -> CLAIM.equals(v.type()) && v.sourceName() != null)
                .map(Volume::sourceName).distinct().toList();
    }

    /** The first claim, or where the input shows none, a shell substitution that reads it from the pod. */
    public static String firstClaimOrLookup(Collection<?> volumes, PodInfo pod) {
        List<String> claims = claims(volumes);
        return !claims.isEmpty() ? claims.get(0) : "$(kubectl get pod " + pod.name() + " -n " + pod.namespace()
                + " -o jsonpath='{.spec.volumes[*].persistentVolumeClaim.claimName}')";
    }

    /** The volume lines of a rule's collected volumes, in input order. */
    public static List<SourceLine> lines(Collection<?> volumes) {
        return volumes.stream().map(v -> ((Volume) v).line()).sorted(SourceLine.INPUT_ORDER).toList();
    }
}
