package dev.kubeadvisor.testing.kubectl;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.util.List;

/**
 * The legacy discovery documents. kubectl 1.30+ first asks for aggregated discovery; since these answers are plain
 * {@code application/json} it falls back to reading them.
 */
final class Discovery {

    private static final JsonMapper MAPPER = JsonMapper.shared();

    private Discovery() {
    }

    static JsonNode version() {
        return MAPPER.createObjectNode()
                .put("major", "1")
                .put("minor", "30")
                .put("gitVersion", "v1.30.0")
                .put("gitCommit", "fixture")
                .put("gitTreeState", "clean")
                .put("buildDate", "2024-04-17T00:00:00Z")
                .put("goVersion", "go1.22.2")
                .put("compiler", "gc")
                .put("platform", "linux/amd64");
    }

    static JsonNode apiVersions(String serverAddress) {
        ObjectNode versions = MAPPER.createObjectNode().put("kind", "APIVersions");
        versions.putArray("versions").add("v1");
        versions.putArray("serverAddressByClientCIDRs").addObject()
                .put("clientCIDR", "0.0.0.0/0")
                .put("serverAddress", serverAddress);
        return versions;
    }

    static JsonNode apiGroupList() {
        ObjectNode list = MAPPER.createObjectNode().put("kind", "APIGroupList").put("apiVersion", "v1");
        ArrayNode groups = list.putArray("groups");
        for (String group : ResourceCatalog.namedGroups()) {
            ObjectNode groupNode = groups.addObject().put("name", group);
            ObjectNode version = MAPPER.createObjectNode().put("groupVersion", group + "/v1").put("version", "v1");
            groupNode.putArray("versions").add(version);
            groupNode.set("preferredVersion", version.deepCopy());
        }
        return list;
    }

    static JsonNode apiResourceList(List<ResourceType> types) {
        ObjectNode list = MAPPER.createObjectNode()
                .put("kind", "APIResourceList")
                .put("apiVersion", "v1")
                .put("groupVersion", types.get(0).groupVersion());
        ArrayNode resources = list.putArray("resources");
        for (ResourceType type : types) {
            ObjectNode resource = resources.addObject()
                    .put("name", type.plural())
                    .put("singularName", type.singular())
                    .put("namespaced", type.namespaced())
                    .put("kind", type.kind());
            resource.putArray("verbs").add("get").add("list");
            if (!type.shortNames().isEmpty()) {
                ArrayNode shortNames = resource.putArray("shortNames");
                type.shortNames().forEach(shortNames::add);
            }
            if (type == ResourceCatalog.PODS) {
                resources.addObject()
                        .put("name", "pods/log")
                        .put("singularName", "")
                        .put("namespaced", true)
                        .put("kind", "Pod")
                        .putArray("verbs").add("get");
            }
        }
        return list;
    }
}
