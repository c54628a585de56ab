package dev.kubeadvisor.testing.kubectl;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * The objects of a fixture, completed the way an API server would have stored them: every object has a namespace (if
 * namespaced) and a deterministic {@code metadata.uid}, and references without a uid (event {@code involvedObject},
 * {@code ownerReferences}) get the uid of the fixture object they name. kubectl matches events and owned objects by
 * uid, so fixtures written by hand would otherwise show no events and no new ReplicaSet.
 */
final class FixtureObjects {

    private final Map<ResourceType, List<ObjectNode>> objectsByType = new LinkedHashMap<>();

    FixtureObjects(List<? extends JsonNode> objects) {
        int eventNumber = 0;
        for (JsonNode original : objects) {
            if (!(original instanceof ObjectNode fixtureObject)) {
                throw new IllegalArgumentException("fixture item is not a JSON object: " + original);
            }
            ObjectNode object = fixtureObject.deepCopy();
            ResourceType type = typeOf(object);
            ObjectNode metadata = object.has("metadata") ? (ObjectNode) object.get("metadata")
                    : object.putObject("metadata");
            if (type.namespaced() && !metadata.hasNonNull("namespace")) {
                metadata.put("namespace", defaultNamespace(object));
            }
            if (!metadata.hasNonNull("name")) {
                if (type != ResourceCatalog.CORE_EVENTS) {
                    throw new IllegalArgumentException("fixture object without metadata.name: " + object);
                }
                metadata.put("name", object.path("involvedObject").path("name").asString("event") + "."
                        + ++eventNumber);
            }
            if (!metadata.hasNonNull("uid")) {
                metadata.put("uid", uidOf(type, namespaceOf(object), nameOf(object)));
            }
            objectsByType.computeIfAbsent(type, key -> new ArrayList<>()).add(object);
        }
        list(ResourceCatalog.CORE_EVENTS, null).forEach(this::completeInvolvedObject);
        all().forEach(this::completeOwnerReferences);
    }

    static List<JsonNode> read(Path objectsJson) {
        JsonNode root = JsonMapper.shared().readTree(objectsJson);
        if (root.isArray()) {
            return List.copyOf(root.values());
        }
        if (root.has("items")) {
            return List.copyOf(root.get("items").values());
        }
        return List.of(root);
    }

    List<ObjectNode> all() {
        return objectsByType.values().stream().flatMap(List::stream).toList();
    }

    /** The objects of {@code type}, in fixture order; in {@code namespace} unless it is null. */
    List<ObjectNode> list(ResourceType type, String namespace) {
        return objectsByType.getOrDefault(type, List.of()).stream()
                .filter(object -> namespace == null || namespace.equals(namespaceOf(object)))
                .toList();
    }

    Optional<ObjectNode> get(ResourceType type, String namespace, String name) {
        return list(type, namespace).stream().filter(object -> name.equals(nameOf(object))).findFirst();
    }

    /** The object of kind {@code kind} named {@code name}; {@code namespace} only counts for namespaced kinds. */
    Optional<ObjectNode> find(String kind, String namespace, String name) {
        return objectsByType.entrySet().stream()
                .filter(entry -> entry.getKey().kind().equals(kind) && entry.getKey() != ResourceCatalog.CORE_EVENTS)
                .flatMap(entry -> list(entry.getKey(), entry.getKey().namespaced() ? namespace : null).stream())
                .filter(object -> name.equals(nameOf(object)))
                .findFirst();
    }

    /** Namespaces holding at least one fixture object, and {@code default}. */
    Set<String> namespacesInUse() {
        var namespaces = new TreeSet<String>(Set.of("default"));
        all().stream().map(FixtureObjects::namespaceOf).filter(namespace -> !namespace.isEmpty())
                .forEach(namespaces::add);
        return namespaces;
    }

    /** The same uid for the same object, whenever and wherever the fixture is loaded. */
    static String uidOf(ResourceType type, String namespace, String name) {
        String identity = String.join("/", type.groupVersion(), type.kind(), namespace, name);
        return UUID.nameUUIDFromBytes(identity.getBytes(StandardCharsets.UTF_8)).toString();
    }

    static String nameOf(JsonNode object) {
        return object.path("metadata").path("name").asString();
    }

    static String namespaceOf(JsonNode object) {
        return object.path("metadata").path("namespace").asString();
    }

    private static ResourceType typeOf(JsonNode object) {
        String apiVersion = object.path("apiVersion").asString();
        String kind = object.path("kind").asString();
        if (apiVersion.equals(ResourceCatalog.EVENTS_V1.groupVersion())) {
            throw new IllegalArgumentException("write fixture events as core v1 Events (apiVersion v1); "
                    + "the server derives the events.k8s.io/v1 view from them");
        }
        return ResourceCatalog.forObject(apiVersion, kind).orElseThrow(() -> new IllegalArgumentException(
                "the fixture server does not serve " + apiVersion + " " + kind));
    }

    private static String defaultNamespace(JsonNode object) {
        String involvedNamespace = object.path("involvedObject").path("namespace").asString();
        return involvedNamespace.isEmpty() ? "default" : involvedNamespace;
    }


    private void completeInvolvedObject(ObjectNode event) {
        if (!(event.get("involvedObject") instanceof ObjectNode involved)) {
            return;
        }
        String namespace = involved.path("namespace").asString(namespaceOf(event));
        find(involved.path("kind").asString(), namespace, involved.path("name").asString()).ifPresent(target -> {
            if (!involved.hasNonNull("uid")) {
                involved.put("uid", target.path("metadata").path("uid").asString());
            }
            if (!involved.hasNonNull("namespace") && !namespaceOf(target).isEmpty()) {
                involved.put("namespace", namespaceOf(target));
            }
        });
    }

    private void completeOwnerReferences(ObjectNode object) {
        for (JsonNode reference : object.path("metadata").path("ownerReferences").values()) {
            if (reference instanceof ObjectNode owner && !owner.hasNonNull("uid")) {
                find(owner.path("kind").asString(), namespaceOf(object), owner.path("name").asString())
                        .map(target -> target.path("metadata").path("uid").asString())
                        .ifPresent(uid -> owner.put("uid", uid));
            }
        }
    }
}
