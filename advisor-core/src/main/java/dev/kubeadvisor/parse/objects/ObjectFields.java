package dev.kubeadvisor.parse.objects;

import dev.kubeadvisor.model.ObjectRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** The fields every kind prints alike in {@code kubectl describe}, computed from the object as kubectl does. */
final class ObjectFields {

    private ObjectFields() {
    }

    /** The object's namespace, {@code default} when a manifest does not say it. */
    static String namespace(LocatedNode object) {
        String namespace = object.path("metadata", "namespace").nonEmptyText();
        return namespace == null ? "default" : namespace;
    }

    static ObjectRef ref(LocatedNode object, String kind) {
        return new ObjectRef(kind, namespace(object), object.path("metadata", "name").text());
    }

    /** The owner reference marked {@code controller: true}, or {@link LocatedNode#MISSING}. */
    static LocatedNode controller(LocatedNode object) {
        for (LocatedNode owner : object.path("metadata", "ownerReferences").items()) {
            if (Boolean.TRUE.equals(owner.get("controller").bool())) {
                return owner;
            }
        }
        return LocatedNode.MISSING;
    }

    /** {@code Deployment/web}, as {@code Controlled By:} prints it; null without a controller. */
    static String controlledBy(LocatedNode object) {
        LocatedNode controller = controller(object);
        return controller.isObject() ? controller.get("kind").text() + "/" + controller.get("name").text() : null;
    }

    /** kubectl's {@code labels.FormatLabels}: {@code a=1,b=2} in key order; null for none (it prints {@code <none>}). */
    static String labels(LocatedNode map) {
        Map<String, String> sorted = new TreeMap<>();
        map.fields().forEach((key, value) -> sorted.put(key, value.text() == null ? "" : value.text()));
        return sorted.isEmpty() ? null : sorted.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(","));
    }

    /**
     * kubectl's {@code metav1.FormatLabelSelector}: the label requirements sorted by key, {@code key in (a,b)},
     * {@code key notin (a)}, {@code key}, {@code !key}; null for none.
     */
    static String selector(LocatedNode selector) {
        TreeMap<String, List<String>> byKey = new TreeMap<>();
        selector.get("matchLabels").fields().forEach((key, value) ->
                byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(key + "=" + value.text()));
        for (LocatedNode expression : selector.get("matchExpressions").items()) {
            String key = expression.get("key").text();
            List<String> values = expression.get("values").items().stream().map(LocatedNode::text).sorted().toList();
            String operator = expression.get("operator").text();
            String requirement = switch (operator == null ? "" : operator) {
                case "In" -> key + " in (" + String.join(",", values) + ")";
                case "NotIn" -> key + " notin (" + String.join(",", values) + ")";
                case "Exists" -> key;
                case "DoesNotExist" -> "!" + key;
                default -> null;
            };
            if (key != null && requirement != null) {
                byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(requirement);
            }
        }
        return byKey.isEmpty() ? null
                : byKey.values().stream().flatMap(List::stream).collect(Collectors.joining(","));
    }

    /** True when the labels carry every {@code matchLabels} entry of the selector. */
    static boolean matches(LocatedNode selector, LocatedNode labels) {
        return selector.fields().entrySet().stream()
                .allMatch(e -> e.getValue().text() != null && e.getValue().text().equals(labels.get(e.getKey()).text()));
    }

    /** A whole number, or {@code byDefault} when the field is absent (kubectl prints the API's default). */
    static Integer integer(LocatedNode field, Integer byDefault) {
        Integer value = field.integer();
        return value == null ? byDefault : value;
    }
}
