package dev.kubeadvisor.live;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** The documents a scan writes are what the client's own serialisation writes, indented, to the byte. */
class ObjectDocumentsTest {

    private static final Path FIXTURES = Path.of(System.getProperty("fixtures.dir", "../fixtures"));
    private static final KubernetesSerialization CLIENT_INDENTED = new KubernetesSerialization(
            JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build(), false);
    private static final KubernetesClient CLIENT = new KubernetesClientBuilder().build();

    @AfterAll
    static void close() {
        CLIENT.close();
    }

    @Test
    void writes_every_fixture_object_as_the_client_serialisation_writes_it_indented() throws IOException {
        List<HasMetadata> objects = fixtureObjects();
        assertThat(objects).extracting(HasMetadata::getKind).contains("Pod", "Node", "Event");
        for (HasMetadata object : objects) {
            assertThat(ObjectDocuments.of(object).content())
                    .as(object.getKind() + " " + object.getMetadata().getName())
                    .isEqualTo(CLIENT_INDENTED.asJson(object) + "\n");
        }
    }

    @Test
    void writes_the_events_about_an_object_as_the_client_serialisation_writes_an_event_list() throws IOException {
        List<Event> events = fixtureObjects().stream().filter(Event.class::isInstance).map(Event.class::cast).toList();
        Map<String, Object> list = new LinkedHashMap<>();
        list.put("apiVersion", "v1");
        list.put("kind", "EventList");
        list.put("items", events);

        assertThat(ObjectDocuments.events("Pod", "shop", "web-1", events))
                .singleElement().satisfies(document -> {
                    assertThat(document.name()).isEqualTo("events/shop/pod-web-1.json");
                    assertThat(document.content()).isEqualTo(CLIENT_INDENTED.asJson(list) + "\n");
                });
    }

    private static List<HasMetadata> fixtureObjects() throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(FIXTURES)) {
            files = walk.filter(p -> p.getFileName().toString().equals("objects.json")).sorted().toList();
        }
        assertThat(files).isNotEmpty();
        return files.stream().flatMap(file -> {
            try (InputStream in = Files.newInputStream(file)) {
                // as the mock cluster does, objects without metadata (which no API server serves) are left out
                return CLIENT.load(in).items().stream().filter(object -> object.getMetadata() != null);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }).toList();
    }
}
