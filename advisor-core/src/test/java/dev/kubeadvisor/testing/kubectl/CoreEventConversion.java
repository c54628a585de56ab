package dev.kubeadvisor.testing.kubectl;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Derives the events.k8s.io/v1 form of a core v1 Event, as the API server does for the same stored event. */
final class CoreEventConversion {

    private CoreEventConversion() {
    }

    static ObjectNode toEventsV1(ObjectNode coreEvent) {
        ObjectNode event = coreEvent.deepCopy();
        event.put("apiVersion", ResourceCatalog.EVENTS_V1.groupVersion());
        rename(event, "involvedObject", "regarding");
        rename(event, "message", "note");
        rename(event, "source", "deprecatedSource");
        rename(event, "firstTimestamp", "deprecatedFirstTimestamp");
        rename(event, "lastTimestamp", "deprecatedLastTimestamp");
        rename(event, "count", "deprecatedCount");
        rename(event, "reportingComponent", "reportingController");
        if (!event.hasNonNull("reportingController")) {
            event.put("reportingController", event.path("deprecatedSource").path("component").asString(""));
        }
        if (!event.hasNonNull("reportingInstance")) {
            event.put("reportingInstance", event.path("deprecatedSource").path("host").asString(""));
        }
        return event;
    }

    private static void rename(ObjectNode event, String coreName, String eventsV1Name) {
        JsonNode value = event.remove(coreName);
        if (value != null) {
            event.set(eventsV1Name, value);
        }
    }
}
