package dev.kubeadvisor.testing.kubectl;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The {@code meta.k8s.io/v1 Table} a real API server returns to {@code kubectl get} for pods and events, with the
 * cells of Kubernetes' printers ({@code pkg/printers/internalversion/printers.go}: {@code printPod},
 * {@code printEvent}). The server fills every column; kubectl shows the priority-1 ones only with {@code -o wide}.
 */
final class ServerTable {

    private static final JsonMapper MAPPER = JsonMapper.shared();

    private ServerTable() {
    }

    /** True when kubectl asked for a Table ({@code Accept: application/json;as=Table;v=v1;g=meta.k8s.io}). */
    static boolean wanted(String accept) {
        return accept != null && accept.contains("as=Table");
    }

    static boolean supports(ResourceType type) {
        return type == ResourceCatalog.PODS || type == ResourceCatalog.CORE_EVENTS;
    }

    /** The table of {@code items} (already shifted in time), as seen at {@code now}. */
    static ObjectNode of(ResourceType type, List<? extends JsonNode> items, Instant now) {
        ObjectNode table = MAPPER.createObjectNode().put("kind", "Table").put("apiVersion", "meta.k8s.io/v1");
        table.putObject("metadata").put("resourceVersion", "1");
        ArrayNode columns = table.putArray("columnDefinitions");
        boolean pods = type == ResourceCatalog.PODS;
        List<String> names = pods
                ? List.of("Name", "Ready", "Status", "Restarts", "Age", "IP", "Node", "Nominated Node", "Readiness Gates")
                : List.of("Last Seen", "Type", "Reason", "Object", "Subobject", "Source", "Message", "First Seen",
                        "Count", "Name");
        List<String> wide = pods ? List.of("IP", "Node", "Nominated Node", "Readiness Gates")
                : List.of("Subobject", "Source", "First Seen", "Count", "Name");
        for (String name : names) {
            columns.addObject().put("name", name).put("type", name.equals("Count") ? "integer" : "string")
                    .put("format", name.equals("Name") ? "name" : "").put("description", "")
                    .put("priority", wide.contains(name) ? 1 : 0);
        }
        ArrayNode rows = table.putArray("rows");
        for (JsonNode item : items) {
            ObjectNode row = rows.addObject();
            ArrayNode cells = row.putArray("cells");
            (pods ? PodRow.cells(item, now) : eventCells(item, now)).forEach(cell -> {
                if (cell instanceof Integer number) {
                    cells.add(number);
                } else {
                    cells.add((String) cell);
                }
            });
            row.set("object", item);
        }
        return table;
    }

    private static List<Object> eventCells(JsonNode event, Instant now) {
        String first = age(event.path("firstTimestamp"), now);
        if (first.equals(UNKNOWN)) {
            first = age(event.path("eventTime"), now);
        }
        String last = age(event.path("lastTimestamp"), now);
        if (last.equals(UNKNOWN)) {
            last = first;
        }
        int count = event.path("count").asInt(0);
        if (event.path("series").isObject()) {
            last = age(event.path("series").path("lastObservedTime"), now);
            count = event.path("series").path("count").asInt(0);
        } else if (count == 0) {
            count = 1;
        }
        JsonNode involved = event.path("involvedObject");
        String kind = involved.path("kind").asString("").toLowerCase(Locale.ROOT);
        String target = involved.path("name").asString("").isEmpty() ? kind : kind + "/" + involved.path("name").asString();
        return List.of(last, event.path("type").asString(""), event.path("reason").asString(""), target,
                involved.path("fieldPath").asString(""), source(event), event.path("message").asString("").strip(),
                first, count, event.path("metadata").path("name").asString(""));
    }

    /** {@code formatEventSource}: {@code component, host}, else the reporting controller and instance. */
    private static String source(JsonNode event) {
        String component = event.path("source").path("component").asString("");
        String host = event.path("source").path("host").asString("");
        if (component.isEmpty()) {
            component = event.path("reportingComponent").asString("");
            host = event.path("reportingInstance").asString("");
        }
        return host.isEmpty() ? component : component + ", " + host;
    }

    static final String UNKNOWN = "<unknown>";

    /** {@code translateTimestampSince}: the human age of a timestamp, {@code <unknown>} when there is none. */
    static String age(JsonNode timestamp, Instant now) {
        String text = timestamp.asString("");
        if (text.isEmpty()) {
            return UNKNOWN;
        }
        return humanDuration(Duration.between(Instant.parse(text), now));
    }

    /** Kubernetes' {@code duration.HumanDuration}. */
    static String humanDuration(Duration d) {
        long seconds = d.getSeconds();
        if (seconds < -1) {
            return "<invalid>";
        } else if (seconds < 0) {
            return "0s";
        } else if (seconds < 120) {
            return seconds + "s";
        }
        long minutes = seconds / 60;
        if (minutes < 10) {
            return seconds % 60 == 0 ? minutes + "m" : minutes + "m" + seconds % 60 + "s";
        } else if (minutes < 180) {
            return minutes + "m";
        }
        long hours = minutes / 60;
        if (hours < 8) {
            return minutes % 60 == 0 ? hours + "h" : hours + "h" + minutes % 60 + "m";
        } else if (hours < 48) {
            return hours + "h";
        } else if (hours < 24 * 8) {
            return hours % 24 == 0 ? hours / 24 + "d" : hours / 24 + "d" + hours % 24 + "h";
        } else if (hours < 24 * 365 * 2) {
            return hours / 24 + "d";
        } else if (hours < 24 * 365 * 8) {
            long days = hours / 24 % 365;
            return days == 0 ? hours / 24 / 365 + "y" : hours / 24 / 365 + "y" + days + "d";
        }
        return hours / 24 / 365 + "y";
    }
}
