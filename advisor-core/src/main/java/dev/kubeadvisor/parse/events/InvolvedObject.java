package dev.kubeadvisor.parse.events;

import dev.kubeadvisor.input.DescribedPods;
import dev.kubeadvisor.input.PromptLine;
import dev.kubeadvisor.model.ObjectRef;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The object an event row's OBJECT cell names: {@code pod/web-1} (get events) or {@code Pod/web-1} (events). */
final class InvolvedObject {

    private static final Map<String, String> KINDS = Map.ofEntries(
            Map.entry("pod", "Pod"), Map.entry("node", "Node"), Map.entry("deployment", "Deployment"),
            Map.entry("replicaset", "ReplicaSet"), Map.entry("statefulset", "StatefulSet"),
            Map.entry("daemonset", "DaemonSet"), Map.entry("job", "Job"), Map.entry("cronjob", "CronJob"),
            Map.entry("service", "Service"), Map.entry("persistentvolumeclaim", "PersistentVolumeClaim"),
            Map.entry("persistentvolume", "PersistentVolume"), Map.entry("endpoints", "Endpoints"),
            Map.entry("horizontalpodautoscaler", "HorizontalPodAutoscaler"), Map.entry("namespace", "Namespace"));
    private static final Set<String> CLUSTER_SCOPED = Set.of("Node", "PersistentVolume", "Namespace");

    private InvolvedObject() {
    }

    static ObjectRef of(String cell, String namespaceCell, PromptLine prompt, DescribedPods described) {
        int slash = cell.indexOf('/');
        String written = cell.substring(0, slash);
        String kind = KINDS.getOrDefault(written.toLowerCase(Locale.ROOT), written);
        String name = cell.substring(slash + 1);
        if (CLUSTER_SCOPED.contains(kind)) {
            return new ObjectRef(kind, null, name);
        }
        String namespace = namespaceCell;
        if (namespace == null && prompt != null && !prompt.allNamespaces()) {
            namespace = prompt.namespace();
        }
        if (namespace == null && kind.equals("Pod")) {
            namespace = described.namespaceOf(name);
        }
        return new ObjectRef(kind, namespace == null ? "default" : namespace, name);
    }
}
