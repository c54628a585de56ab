package dev.kubeadvisor.live;

import dev.kubeadvisor.input.InputDocument;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes objects read from the cluster as the documents {@code kubectl get -o json} would print: indented, so that
 * evidence lines point at one field each, and named after the object.
 */
final class ObjectDocuments {

    /**
     * Writes the model as the client's own serialisation ({@code KubernetesSerialization}) does, indented: the same
     * inclusion (non-null values, any content) and dates as text. The client's mapper also carries its reading
     * modules, one of which wraps every property writer to look the property up in the object's additional
     * properties first: a fifth of the time of a write, for objects read from the API server, where a value is
     * in one place or the other, never both.
     */
    static final ObjectWriter INDENTED = JsonMapper.builder()
            .changeDefaultPropertyInclusion(inclusion -> JsonInclude.Value.construct(JsonInclude.Include.NON_NULL,
                    JsonInclude.Include.ALWAYS))
            .disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS, DateTimeFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build().writer();

    private ObjectDocuments() {
    }

    static InputDocument of(HasMetadata object) {
        String namespace = object.getMetadata().getNamespace();
        String name = object.getKind().toLowerCase(Locale.ROOT) + "/"
                + (namespace == null ? "" : namespace + "/") + object.getMetadata().getName() + ".json";
        return new InputDocument(name, INDENTED.writeValueAsString(object) + "\n");
    }

    /** The events about one object, as an EventList; none gives no document. */
    static List<InputDocument> events(String kind, String namespace, String name, List<Event> events) {
        if (events.isEmpty()) {
            return List.of();
        }
        Map<String, Object> list = new LinkedHashMap<>();
        list.put("apiVersion", "v1");
        list.put("kind", "EventList");
        list.put("items", events);
        String documentName = "events/" + (namespace == null ? "" : namespace + "/")
                + kind.toLowerCase(Locale.ROOT) + "-" + name + ".json";
        return List.of(new InputDocument(documentName, INDENTED.writeValueAsString(list) + "\n"));
    }

    /** A container's log, named by the convention the logs parser reads pod and container from. */
    static InputDocument log(String namespace, String pod, String container, boolean previous, String text) {
        return new InputDocument(namespace + "/" + pod + "/" + container + "/logs" + (previous ? "-previous" : "")
                + ".txt", text);
    }
}
