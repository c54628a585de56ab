package dev.kubeadvisor.testing.kubectl;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** The resource types served by {@link FixtureApiServer}: what the describers of kubectl 1.27 to 1.33 ask for. */
final class ResourceCatalog {

    static final List<ResourceType> TYPES = List.of(
            core("pods", "Pod", true, "po"),
            core("nodes", "Node", false, "no"),
            core("events", "Event", true, "ev"),
            core("services", "Service", true, "svc"),
            core("endpoints", "Endpoints", true, "ep"),
            core("persistentvolumeclaims", "PersistentVolumeClaim", true, "pvc"),
            core("persistentvolumes", "PersistentVolume", false, "pv"),
            core("configmaps", "ConfigMap", true, "cm"),
            core("secrets", "Secret", true),
            core("namespaces", "Namespace", false, "ns"),
            core("replicationcontrollers", "ReplicationController", true, "rc"),
            core("resourcequotas", "ResourceQuota", true, "quota"),
            core("limitranges", "LimitRange", true, "limits"),
            type("apps", "deployments", "Deployment", true, "deploy"),
            type("apps", "replicasets", "ReplicaSet", true, "rs"),
            type("apps", "statefulsets", "StatefulSet", true, "sts"),
            type("apps", "daemonsets", "DaemonSet", true, "ds"),
            type("batch", "jobs", "Job", true),
            type("batch", "cronjobs", "CronJob", true, "cj"),
            type("events.k8s.io", "events", "Event", true, "ev"),
            type("coordination.k8s.io", "leases", "Lease", true),
            type("policy", "poddisruptionbudgets", "PodDisruptionBudget", true, "pdb"),
            type("storage.k8s.io", "storageclasses", "StorageClass", false, "sc"),
            type("discovery.k8s.io", "endpointslices", "EndpointSlice", true));

    static final ResourceType PODS = find("", "v1", "pods").orElseThrow();
    static final ResourceType NODES = find("", "v1", "nodes").orElseThrow();
    static final ResourceType CORE_EVENTS = find("", "v1", "events").orElseThrow();
    static final ResourceType NAMESPACES = find("", "v1", "namespaces").orElseThrow();
    static final ResourceType EVENTS_V1 = find("events.k8s.io", "v1", "events").orElseThrow();
    static final ResourceType LEASES = find("coordination.k8s.io", "v1", "leases").orElseThrow();

    private ResourceCatalog() {
    }

    static Optional<ResourceType> find(String group, String version, String plural) {
        return TYPES.stream()
                .filter(type -> type.group().equals(group) && type.version().equals(version)
                        && type.plural().equals(plural))
                .findFirst();
    }

    static Optional<ResourceType> forObject(String apiVersion, String kind) {
        return TYPES.stream()
                .filter(type -> type.groupVersion().equals(apiVersion) && type.kind().equals(kind))
                .findFirst();
    }

    /** Group names other than the core group, in catalogue order. */
    static Set<String> namedGroups() {
        var groups = new LinkedHashSet<String>();
        TYPES.stream().map(ResourceType::group).filter(group -> !group.isEmpty()).forEach(groups::add);
        return groups;
    }

    static List<ResourceType> inGroupVersion(String group, String version) {
        return TYPES.stream().filter(type -> type.group().equals(group) && type.version().equals(version)).toList();
    }

    private static ResourceType core(String plural, String kind, boolean namespaced, String... shortNames) {
        return type("", plural, kind, namespaced, shortNames);
    }

    private static ResourceType type(String group, String plural, String kind, boolean namespaced,
                                     String... shortNames) {
        return new ResourceType(group, "v1", plural, kind.toLowerCase(Locale.ROOT), kind, namespaced,
                List.of(shortNames));
    }
}
