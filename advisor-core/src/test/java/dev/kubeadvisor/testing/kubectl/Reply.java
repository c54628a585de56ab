package dev.kubeadvisor.testing.kubectl;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** One HTTP answer of the fixture server. */
record Reply(int code, String contentType, String body) {

    // kubectl's typed clients ask for protobuf first; JSON is only read when the response says so.
    private static final String JSON = "application/json";

    static Reply json(JsonNode document) {
        return new Reply(200, JSON, JsonMapper.shared().writeValueAsString(document));
    }

    static Reply notFound() {
        return status(404, "NotFound", "the server could not find the requested resource", null);
    }

    static Reply objectNotFound(ResourcePath target) {
        ObjectNode details = JsonMapper.shared().createObjectNode()
                .put("name", target.name())
                .put("group", target.type().group())
                .put("kind", target.type().plural());
        String resource = target.type().group().isEmpty() ? target.type().plural()
                : target.type().plural() + "." + target.type().group();
        return status(404, "NotFound", "%s \"%s\" not found".formatted(resource, target.name()), details);
    }

    /** A {@code Status} object, which kubectl prints as {@code Error from server (<reason>): <message>}. */
    static Reply status(int code, String reason, String message, ObjectNode details) {
        ObjectNode status = JsonMapper.shared().createObjectNode()
                .put("kind", "Status")
                .put("apiVersion", "v1")
                .put("status", "Failure")
                .put("message", message)
                .put("reason", reason)
                .put("code", code);
        status.putObject("metadata");
        if (details != null) {
            status.set("details", details);
        }
        return new Reply(code, JSON, JsonMapper.shared().writeValueAsString(status));
    }
}
