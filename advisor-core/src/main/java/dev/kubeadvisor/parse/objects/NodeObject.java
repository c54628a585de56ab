package dev.kubeadvisor.parse.objects;

import dev.kubeadvisor.model.NodeAllocation;
import dev.kubeadvisor.model.NodeCondition;
import dev.kubeadvisor.model.NodeInfo;
import dev.kubeadvisor.model.NodePod;
import dev.kubeadvisor.model.NodeResource;
import dev.kubeadvisor.model.NodeTaint;
import dev.kubeadvisor.model.ObjectRef;
import dev.kubeadvisor.model.Quantity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A Node as {@code kubectl describe node} shows it. Its lease and the pods on it are other objects: the lease fields
 * are known when the document holds the node's Lease, the {@code Non-terminated Pods} and {@code Allocated resources}
 * tables when it holds pods (kubectl sums the requests and limits of the node's pods that have not finished).
 */
final class NodeObject {

    private static final String ROLE_PREFIX = "node-role.kubernetes.io/";
    private static final String LEGACY_ROLE = "kubernetes.io/role";
    private static final Set<String> FINISHED = Set.of("Succeeded", "Failed");
    private static final List<String> WITH_PERCENT = List.of("cpu", "memory", "ephemeral-storage");

    private NodeObject() {
    }

    static ObjectRef read(LocatedNode object, ObjectContext context) {
        String name = object.path("metadata", "name").text();
        ObjectRef ref = new ObjectRef("Node", null, name);
        DocumentLines lines = context.lines();
        LocatedNode lease = context.objects().ofKind("Lease").stream()
                .filter(l -> name != null && name.equals(l.path("metadata", "name").text())).findFirst()
                .orElse(LocatedNode.MISSING);
        LocatedNode nodeInfo = object.path("status", "nodeInfo");
        LocatedNode unschedulable = object.path("spec", "unschedulable");
        context.fact(new NodeInfo(ref, roles(object.path("metadata", "labels")),
                Boolean.TRUE.equals(unschedulable.bool()), lease.path("spec", "holderIdentity").nonEmptyText(),
                KubectlTime.rfc1123(lease.path("spec", "renewTime").text()), null,
                nodeInfo.get("kubeletVersion").nonEmptyText(), nodeInfo.get("containerRuntimeVersion").nonEmptyText(),
                lines.of(object.path("metadata", "name")), lines.of(unschedulable), lines.of(lease)));
        for (LocatedNode taint : object.path("spec", "taints").items()) {
            context.fact(new NodeTaint(ref, taint.get("key").text(), taint.get("value").nonEmptyText(),
                    taint.get("effect").text(), lines.of(taint)));
        }
        for (LocatedNode condition : object.path("status", "conditions").items()) {
            context.fact(new NodeCondition(ref, condition.get("type").text(), condition.get("status").text(),
                    KubectlTime.rfc1123(condition.get("lastHeartbeatTime").text()),
                    KubectlTime.rfc1123(condition.get("lastTransitionTime").text()),
                    condition.get("reason").nonEmptyText(), condition.get("message").nonEmptyText(),
                    lines.of(condition.get("type"))));
        }
        LocatedNode capacity = object.path("status", "capacity");
        LocatedNode allocatable = object.path("status", "allocatable");
        Set<String> names = new TreeSet<>(capacity.fields().keySet());
        names.addAll(allocatable.fields().keySet());
        for (String resource : names) {
            LocatedNode total = capacity.get(resource);
            LocatedNode free = allocatable.get(resource);
            context.fact(new NodeResource(ref, resource, Quantity.parse(total.text()), Quantity.parse(free.text()),
                    lines.of(total), lines.of(free)));
        }
        if (context.objects().has("Pod")) {
            pods(object, ref, allocatable, context);
        }
        return ref;
    }

    /** kubectl's roles: the {@code node-role.kubernetes.io/<role>} labels and {@code kubernetes.io/role}. */
    private static String roles(LocatedNode labels) {
        TreeSet<String> roles = new TreeSet<>();
        labels.fields().forEach((key, value) -> {
            if (key.startsWith(ROLE_PREFIX) && key.length() > ROLE_PREFIX.length()) {
                roles.add(key.substring(ROLE_PREFIX.length()));
            } else if (key.equals(LEGACY_ROLE) && value.nonEmptyText() != null) {
                roles.add(value.text());
            }
        });
        return roles.isEmpty() ? null : String.join(",", roles);
    }

    private static void pods(LocatedNode node, ObjectRef ref, LocatedNode allocatable, ObjectContext context) {
        Map<String, QuantitySum> free = new LinkedHashMap<>();
        allocatable.fields().forEach((resource, amount) -> free.put(resource, QuantitySum.of(amount.text())));
        Map<String, QuantitySum> requests = new LinkedHashMap<>();
        Map<String, QuantitySum> limits = new LinkedHashMap<>();
        for (LocatedNode pod : context.objects().ofKind("Pod")) {
            if (!ref.name().equals(pod.path("spec", "nodeName").text())
                    || FINISHED.contains(pod.path("status", "phase").text())) {
                continue;
            }
            Map<String, QuantitySum> podRequests = PodResources.of(pod, "requests");
            Map<String, QuantitySum> podLimits = PodResources.of(pod, "limits");
            podRequests.forEach((resource, amount) -> requests.merge(resource, amount, QuantitySum::plus));
            podLimits.forEach((resource, amount) -> limits.merge(resource, amount, QuantitySum::plus));
            context.fact(nodePod(ref, pod, podRequests, podLimits, free, context));
        }
        List<String> rows = new ArrayList<>(WITH_PERCENT);
        free.keySet().stream().filter(r -> r.startsWith("hugepages-")).sorted().forEach(rows::add);
        free.keySet().stream().filter(NodeObject::isExtended).sorted().forEach(rows::add);
        for (String resource : rows) {
            QuantitySum requested = requests.getOrDefault(resource, QuantitySum.ZERO);
            QuantitySum limited = limits.getOrDefault(resource, QuantitySum.ZERO);
            QuantitySum of = free.getOrDefault(resource, QuantitySum.ZERO);
            boolean percent = !isExtended(resource);
            context.fact(new NodeAllocation(ref, resource, requested.quantity(),
                    percent ? requested.percentOf(of) : null, limited.quantity(),
                    percent ? limited.percentOf(of) : null, context.lines().of(allocatable)));
        }
    }

    private static NodePod nodePod(ObjectRef node, LocatedNode pod, Map<String, QuantitySum> requests,
                                   Map<String, QuantitySum> limits, Map<String, QuantitySum> free,
                                   ObjectContext context) {
        QuantitySum cpu = free.getOrDefault("cpu", QuantitySum.ZERO);
        QuantitySum memory = free.getOrDefault("memory", QuantitySum.ZERO);
        QuantitySum cpuRequests = requests.getOrDefault("cpu", QuantitySum.ZERO);
        QuantitySum cpuLimits = limits.getOrDefault("cpu", QuantitySum.ZERO);
        QuantitySum memoryRequests = requests.getOrDefault("memory", QuantitySum.ZERO);
        QuantitySum memoryLimits = limits.getOrDefault("memory", QuantitySum.ZERO);
        return new NodePod(node, ObjectFields.ref(pod, "Pod"), cpuRequests.quantity(), cpuRequests.percentOf(cpu),
                cpuLimits.quantity(), cpuLimits.percentOf(cpu), memoryRequests.quantity(),
                memoryRequests.percentOf(memory), memoryLimits.quantity(), memoryLimits.percentOf(memory),
                KubectlTime.since(pod.path("metadata", "creationTimestamp").text(), context.now()),
                context.lines().of(pod.path("metadata", "name")));
    }

    /** An extended resource: a domain-prefixed name outside {@code kubernetes.io} ({@code nvidia.com/gpu}). */
    private static boolean isExtended(String resource) {
        int slash = resource.indexOf('/');
        return slash > 0 && !resource.substring(0, slash).endsWith("kubernetes.io")
                && !resource.startsWith("requests.");
    }
}
