package dev.kubeadvisor.live;

import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The cluster as one scan sees it: each object and each namespace's events are read at most once, however many
 * pods share them (the ReplicaSet of ten replicas, their node), and a failed read is remembered with its reason.
 */
final class ClusterView {

    private final KubernetesClient client;
    private final ClusterReads reads;
    private final Map<String, Read<?>> cache = new ConcurrentHashMap<>();

    ClusterView(KubernetesClient client, ClusterReads reads) {
        this.client = client;
        this.reads = reads;
    }

    KubernetesClient client() {
        return client;
    }

    /** The object read by {@code call} (once per {@code request}), adding the read's failure to {@code missing}. */
    <T extends HasMetadata> Optional<T> object(String request, Supplier<T> call, List<MissingEvidence> missing) {
        @SuppressWarnings("unchecked")
        Read<T> read = (Read<T>) cache.computeIfAbsent(request, key -> Read.of(reads, key, call));
        missing.addAll(read.missing());
        return read.value();
    }

    /** A read that is not shared between pods. */
    <T> Optional<T> read(String request, Supplier<T> call, List<MissingEvidence> missing) {
        return reads.read(request, call, missing);
    }

    /**
     * The log of a container's previous run; the API server answers 400 when there is none (the container never
     * restarted, or its previous run was removed), which is no missing evidence.
     */
    Optional<String> previousLog(String request, Supplier<String> call, List<MissingEvidence> missing) {
        return reads.read(request, call, missing, Set.of(400, 404));
    }

    /** The events about one object: the events of its namespace are listed once, filed by object and shared. */
    List<Event> eventsAbout(String kind, String namespace, String name, List<MissingEvidence> missing) {
        String eventsNamespace = namespace == null ? "default" : namespace;
        @SuppressWarnings("unchecked")
        Read<EventsByObject> read = (Read<EventsByObject>) cache.computeIfAbsent("get events -n " + eventsNamespace,
                key -> Read.of(reads, key, () -> new EventsByObject(
                        client.v1().events().inNamespace(eventsNamespace).list().getItems())));
        missing.addAll(read.missing());
        return read.value().map(events -> events.about(kind, namespace, name)).orElse(List.of());
    }

    private record Read<T>(Optional<T> value, List<MissingEvidence> missing) {

        static <T> Read<T> of(ClusterReads reads, String request, Supplier<T> call) {
            List<MissingEvidence> missing = new ArrayList<>();
            Optional<T> value = reads.read(request, call, missing);
            return new Read<>(value, List.copyOf(missing));
        }
    }
}
