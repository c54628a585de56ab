package dev.kubeadvisor.live;

import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.api.model.ObjectReference;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A namespace's events filed by the kind and name of the object they involve, so that each object a scan reads finds
 * its own events without going through all the others: a namespace of hundreds of pods has thousands of events.
 */
final class EventsByObject {

    private final Map<String, List<Event>> byObject = new HashMap<>();

    EventsByObject(List<Event> events) {
        for (Event event : events) {
            ObjectReference involved = event.getInvolvedObject();
            if (involved != null && involved.getKind() != null && involved.getName() != null) {
                byObject.computeIfAbsent(key(involved.getKind(), involved.getName()), k -> new ArrayList<>()).add(event);
            }
        }
    }

    /**
     * The events about one object, in the order listed; {@code namespace} is null for an object outside namespaces
     * (a node), whose events may name any namespace.
     */
    List<Event> about(String kind, String namespace, String name) {
        List<Event> about = new ArrayList<>();
        for (Event event : byObject.getOrDefault(key(kind, name), List.of())) {
            if (namespace == null || Objects.equals(namespace, event.getInvolvedObject().getNamespace())) {
                about.add(event);
            }
        }
        return about;
    }

    private static String key(String kind, String name) {
        return kind + "/" + name;
    }
}
