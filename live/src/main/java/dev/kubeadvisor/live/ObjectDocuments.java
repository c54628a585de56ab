package dev.kubeadvisor.live;

import dev.kubeadvisor.input.InputDocument;
import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes objects read from the cluster as the documents {@code kubectl get -o json} would print: indented, so that
 * evidence lines point at one field each, and named after the object.
 */
final class ObjectDocuments {

    /** The client's serialisation of the model, writing indented JSON in one pass. */
    private static final KubernetesSerialization INDENTED = new KubernetesSerialization(
            JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build(), false);

    private ObjectDocuments() {
    }

    static InputDocument of(HasMetadata object) {
        String namespace = object.getMetadata().getNamespace();
        String name = object.getKind().toLowerCase(Locale.ROOT) + "/"
                + (namespace == null ? "" : namespace + "/") + object.getMetadata().getName() + ".json";
        return new InputDocument(name, INDENTED.asJson(object) + "\n");
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
        return List.of(new InputDocument(documentName, INDENTED.asJson(list) + "\n"));
    }

    /** A container's log, named by the convention the logs parser reads pod and container from. */
    static InputDocument log(String namespace, String pod, String container, boolean previous, String text) {
        return new InputDocument(namespace + "/" + pod + "/" + container + "/logs" + (previous ? "-previous" : "")
                + ".txt", text);
    }
}
