package dev.kubeadvisor.live;

import dev.kubeadvisor.input.InputDocument;
import io.fabric8.kubernetes.api.model.ContainerStatus;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.OwnerReference;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Reads what {@code kubectl describe} and an SRE would look at for one pod: the pod, its events, its owner chain
 * (ReplicaSet → Deployment, Job → CronJob, StatefulSet, DaemonSet) with their events, its node, the claims it
 * mounts, and the previous log of each container that restarted.
 */
final class PodEvidence {

    /** Enough of a crashed run's log to show its last error and the stack trace above it. */
    static final int LOG_TAIL_LINES = 200;

    private final ClusterView cluster;

    PodEvidence(ClusterView cluster) {
        this.cluster = cluster;
    }

    /** Adds the pod's evidence to {@code into} (keyed by document name, so shared objects appear once). */
    void collect(Pod pod, Map<String, InputDocument> into, List<MissingEvidence> missing) {
        String namespace = pod.getMetadata().getNamespace();
        addObject(into, pod, missing);
        ownerChain(pod, namespace, into, missing);
        String nodeName = pod.getSpec() == null ? null : pod.getSpec().getNodeName();
        if (nodeName != null) {
            KubernetesClient client = cluster.client();
            cluster.object("get node " + nodeName, () -> client.nodes().withName(nodeName).get(), missing)
                    .ifPresent(node -> addObject(into, node, missing));
        }
        claims(pod).forEach(claim -> cluster.object("get persistentvolumeclaim " + claim + " -n " + namespace,
                () -> cluster.client().persistentVolumeClaims().inNamespace(namespace).withName(claim).get(), missing)
                .ifPresent(pvc -> addObject(into, pvc, missing)));
        previousLogs(pod, into, missing);
    }

    private void ownerChain(HasMetadata object, String namespace, Map<String, InputDocument> into,
                            List<MissingEvidence> missing) {
        Optional<OwnerReference> controller = object.getMetadata().getOwnerReferences().stream()
                .filter(owner -> Boolean.TRUE.equals(owner.getController())).findFirst();
        if (controller.isEmpty()) {
            return;
        }
        String name = controller.get().getName();
        KubernetesClient client = cluster.client();
        Optional<? extends HasMetadata> owner;
        switch (controller.get().getKind()) {
            case "ReplicaSet":
                owner = cluster.object("get replicaset " + name + " -n " + namespace,
                        () -> client.apps().replicaSets().inNamespace(namespace).withName(name).get(), missing);
                break;
            case "Deployment":
                owner = cluster.object("get deployment " + name + " -n " + namespace,
                        () -> client.apps().deployments().inNamespace(namespace).withName(name).get(), missing);
                break;
            case "StatefulSet":
                owner = cluster.object("get statefulset " + name + " -n " + namespace,
                        () -> client.apps().statefulSets().inNamespace(namespace).withName(name).get(), missing);
                break;
            case "DaemonSet":
                owner = cluster.object("get daemonset " + name + " -n " + namespace,
                        () -> client.apps().daemonSets().inNamespace(namespace).withName(name).get(), missing);
                break;
            case "Job":
                owner = cluster.object("get job " + name + " -n " + namespace,
                        () -> client.batch().v1().jobs().inNamespace(namespace).withName(name).get(), missing);
                break;
            case "CronJob":
                owner = cluster.object("get cronjob " + name + " -n " + namespace,
                        () -> client.batch().v1().cronjobs().inNamespace(namespace).withName(name).get(), missing);
                break;
            default:
                return;
        }
        owner.ifPresent(found -> {
            addObject(into, found, missing);
            ownerChain(found, namespace, into, missing);
        });
    }

    /** Adds the object and the events about it. */
    void addObject(Map<String, InputDocument> into, HasMetadata object, List<MissingEvidence> missing) {
        add(into, ObjectDocuments.of(object));
        String namespace = object.getMetadata().getNamespace();
        String name = object.getMetadata().getName();
        ObjectDocuments.events(object.getKind(), namespace, name,
                cluster.eventsAbout(object.getKind(), namespace, name, missing)).forEach(events -> add(into, events));
    }

    private static List<String> claims(Pod pod) {
        if (pod.getSpec() == null) {
            return List.of();
        }
        return pod.getSpec().getVolumes().stream().map(Volume::getPersistentVolumeClaim)
                .filter(claim -> claim != null && claim.getClaimName() != null)
                .map(claim -> claim.getClaimName()).distinct().toList();
    }

    private void previousLogs(Pod pod, Map<String, InputDocument> into, List<MissingEvidence> missing) {
        if (pod.getStatus() == null) {
            return;
        }
        String namespace = pod.getMetadata().getNamespace();
        String name = pod.getMetadata().getName();
        Stream.concat(pod.getStatus().getInitContainerStatuses().stream(), pod.getStatus().getContainerStatuses().stream())
                .filter(status -> status.getRestartCount() != null && status.getRestartCount() > 0)
                .map(ContainerStatus::getName)
                .forEach(container -> readPreviousLog(namespace, name, container, missing)
                        .ifPresent(log -> add(into, ObjectDocuments.log(namespace, name, container, true, log))));
    }

    private Optional<String> readPreviousLog(String namespace, String pod, String container,
                                             List<MissingEvidence> missing) {
        return cluster.previousLog("get pods/log " + pod + " -c " + container + " --previous -n " + namespace,
                () -> cluster.client().raw(previousLogPath(namespace, pod, container)), missing)
                .filter(text -> !text.isBlank());
    }

    /**
     * The API path of a container's previous log, read as is: the client's log operations first watch the pod
     * until it is ready or terminated (a list and a watch per log), which a finished run does not need.
     */
    static String previousLogPath(String namespace, String pod, String container) {
        return "/api/v1/namespaces/" + namespace + "/pods/" + pod + "/log?pretty=false&container=" + container
                + "&previous=true&tailLines=" + LOG_TAIL_LINES;
    }

    private static void add(Map<String, InputDocument> into, InputDocument document) {
        into.putIfAbsent(document.name(), document);
    }

    static Map<String, InputDocument> newDocuments() {
        return new LinkedHashMap<>();
    }
}
