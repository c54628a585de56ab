package dev.kubeadvisor.parse.objects;

import dev.kubeadvisor.model.KubeEvent;
import dev.kubeadvisor.model.ObjectRef;
import dev.kubeadvisor.parse.describe.EventTable;
import java.time.Instant;

/**
 * A core/v1 {@code Event} or an {@code events.k8s.io/v1} one as the {@link KubeEvent} of describe's Events table:
 * the count from the series or the (deprecated) count, {@code From} the source component or reporting controller,
 * the container from the field path or else the message, the age of the last occurrence as kubectl computes it.
 * The event cites the line of its message.
 */
final class EventObject {

    private EventObject() {
    }

    /** The object the event is about: {@code involvedObject} (core/v1) or {@code regarding} (events.k8s.io/v1). */
    static LocatedNode regarding(LocatedNode event) {
        return event.get("regarding").isObject() ? event.get("regarding") : event.get("involvedObject");
    }

    static ObjectRef involved(LocatedNode event) {
        LocatedNode regarding = regarding(event);
        String namespace = regarding.get("namespace").nonEmptyText();
        if (namespace == null) {
            namespace = event.path("metadata", "namespace").nonEmptyText();
        }
        return new ObjectRef(regarding.get("kind").text(), namespace, regarding.get("name").text());
    }

    static KubeEvent of(LocatedNode event, DocumentLines lines, Instant now) {
        LocatedNode message = event.get("note").isPresent() ? event.get("note") : event.get("message");
        String text = message.text() == null ? "" : message.text().strip();
        String container = EventTable.containerOfFieldPath(regarding(event).get("fieldPath").text());
        if (container == null) {
            container = EventTable.containerNamedIn(text);
        }
        return new KubeEvent(involved(event), event.get("type").nonEmptyText(), event.get("reason").nonEmptyText(),
                age(event, now), Math.max(count(event), 1), from(event), text, container,
                lines.of(message.isPresent() ? message : event.get("reason")));
    }

    private static int count(LocatedNode event) {
        Integer series = event.path("series", "count").integer();
        if (series != null) {
            return series;
        }
        Integer count = event.get("count").integer();
        return count != null ? count : valueOr(event.get("deprecatedCount").integer(), 1);
    }

    /** kubectl's age: of the series' last observation, else of the last timestamp when repeated, else of the first. */
    private static String age(LocatedNode event, Instant now) {
        String series = event.path("series", "lastObservedTime").nonEmptyText();
        if (series != null) {
            return KubectlTime.since(series, now);
        }
        if (count(event) > 1) {
            return KubectlTime.since(firstText(event, "lastTimestamp", "deprecatedLastTimestamp"), now);
        }
        String eventTime = event.get("eventTime").nonEmptyText();
        return KubectlTime.since(eventTime != null ? eventTime
                : firstText(event, "firstTimestamp", "deprecatedFirstTimestamp"), now);
    }

    private static String from(LocatedNode event) {
        LocatedNode source = event.get("source").isObject() ? event.get("source") : event.get("deprecatedSource");
        String component = source.get("component").nonEmptyText();
        return component != null ? component : firstText(event, "reportingController", "reportingComponent");
    }

    private static String firstText(LocatedNode node, String... fields) {
        for (String field : fields) {
            String text = node.get(field).nonEmptyText();
            if (text != null) {
                return text;
            }
        }
        return null;
    }

    private static int valueOr(Integer value, int byDefault) {
        return value == null ? byDefault : value;
    }
}
