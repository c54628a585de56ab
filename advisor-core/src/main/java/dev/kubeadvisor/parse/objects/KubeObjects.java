package dev.kubeadvisor.parse.objects;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The objects of a JSON or YAML document: one object, the items of a {@code List} ({@code kubectl get -o json} of
 * several objects), the elements of an array, each YAML document. A pasted piece of a pod without its {@code kind}
 * (a {@code status:} or {@code spec:} block, a {@code containerStatuses} list or one container status) is read as
 * a pod.
 */
final class KubeObjects {

    /** An object and its kind; the kind is null for something that is neither an object nor a piece of a pod. */
    record KubeObject(String kind, LocatedNode node) {
    }

    static final String POD = "Pod";
    static final String EVENT = "Event";

    private KubeObjects() {
    }

    static List<KubeObject> in(List<LocatedNode> roots) {
        List<KubeObject> objects = new ArrayList<>();
        roots.forEach(root -> collect(root, objects));
        return objects;
    }

    private static void collect(LocatedNode node, List<KubeObject> objects) {
        if (node.isArray()) {
            if (!node.items().isEmpty() && node.items().stream().allMatch(KubeObjects::isContainerStatus)) {
                objects.add(new KubeObject(POD, wrap("status", wrap("containerStatuses", node))));
            } else {
                node.items().forEach(item -> collect(item, objects));
            }
            return;
        }
        String kind = node.get("kind").nonEmptyText();
        if (node.get("items").isArray() && (kind == null || kind.endsWith("List"))) {
            node.get("items").items().forEach(item -> collect(item, objects));
        } else if (kind != null) {
            objects.add(new KubeObject(kind, node));
        } else {
            objects.add(fragment(node));
        }
    }

    private static KubeObject fragment(LocatedNode node) {
        if (!node.isObject()) {
            return new KubeObject(null, node);
        }
        if (isPodStatus(node.get("status")) || isPodSpec(node.get("spec"))) {
            return new KubeObject(POD, node);
        }
        if (isPodStatus(node)) {
            return new KubeObject(POD, wrap("status", node));
        }
        if (isPodSpec(node)) {
            return new KubeObject(POD, wrap("spec", node));
        }
        if (isContainerStatus(node)) {
            return new KubeObject(POD, wrap("status", wrap("containerStatuses", LocatedNode.array(node.line(),
                    List.of(node)))));
        }
        return new KubeObject(null, node);
    }

    private static boolean isPodStatus(LocatedNode node) {
        return node.has("containerStatuses") || node.has("initContainerStatuses") || node.has("phase")
                || node.has("ephemeralContainerStatuses");
    }

    private static boolean isPodSpec(LocatedNode node) {
        return node.get("containers").isArray() || node.get("initContainers").isArray();
    }

    private static boolean isContainerStatus(LocatedNode node) {
        return node.has("state") || node.has("lastState") || node.has("restartCount");
    }

    private static LocatedNode wrap(String field, LocatedNode value) {
        return LocatedNode.object(value.line(), Map.of(field, value));
    }
}
