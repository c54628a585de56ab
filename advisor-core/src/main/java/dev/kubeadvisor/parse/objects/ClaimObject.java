package dev.kubeadvisor.parse.objects;

import dev.kubeadvisor.model.ObjectRef;
import dev.kubeadvisor.model.PvcInfo;
import dev.kubeadvisor.model.Quantity;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A PersistentVolumeClaim as {@code kubectl describe pvc} shows it. {@code Used By:} lists the pods of the document
 * that mount the claim; it is known only when the document holds pods.
 */
final class ClaimObject {

    private static final Map<String, String> ACCESS_MODES = Map.of("ReadWriteOnce", "RWO", "ReadOnlyMany", "ROX",
            "ReadWriteMany", "RWX", "ReadWriteOncePod", "RWOP");
    private static final String BETA_CLASS = "volume.beta.kubernetes.io/storage-class";

    private ClaimObject() {
    }

    static ObjectRef read(LocatedNode object, ObjectContext context) {
        ObjectRef ref = ObjectFields.ref(object, "PersistentVolumeClaim");
        LocatedNode spec = object.get("spec");
        LocatedNode status = object.get("status");
        DocumentLines lines = context.lines();
        LocatedNode storageClass = spec.get("storageClassName").isPresent() ? spec.get("storageClassName")
                : object.path("metadata", "annotations", BETA_CLASS);
        boolean bound = spec.get("volumeName").nonEmptyText() != null;
        context.fact(new PvcInfo(ref, status.get("phase").nonEmptyText(), spec.get("volumeName").nonEmptyText(),
                storageClass.nonEmptyText(),
                bound ? Quantity.parse(status.path("capacity", "storage").text()) : null,
                bound ? accessModes(status.get("accessModes")) : null, spec.get("volumeMode").nonEmptyText(),
                usedBy(ref, context), lines.of(object.path("metadata", "name")), lines.of(status.get("phase")),
                lines.of(storageClass), null));
        WorkloadObjects.conditions(status, ref, context);
        return ref;
    }

    /** kubectl's short access modes: {@code RWO,ROX}; null for none. */
    private static String accessModes(LocatedNode modes) {
        String joined = modes.items().stream().map(mode -> ACCESS_MODES.get(mode.text())).filter(Objects::nonNull)
                .collect(Collectors.joining(","));
        return joined.isEmpty() ? null : joined;
    }

    private static List<String> usedBy(ObjectRef claim, ObjectContext context) {
        return context.objects().ofKind("Pod").stream()
                .filter(pod -> claim.namespace().equals(ObjectFields.namespace(pod)))
                .filter(pod -> pod.path("spec", "volumes").items().stream().anyMatch(volume ->
                        claim.name().equals(volume.path("persistentVolumeClaim", "claimName").text())))
                .map(pod -> pod.path("metadata", "name").text()).toList();
    }
}
