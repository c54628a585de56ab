package dev.kubeadvisor.testing.kubectl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.kubeadvisor.Snapshot;
import dev.kubeadvisor.input.InputDocument;
import dev.kubeadvisor.input.Note;
import dev.kubeadvisor.model.KubeEvent;
import dev.kubeadvisor.model.ObjectRef;
import dev.kubeadvisor.model.PodListing;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;

/**
 * Runs {@code kubectl get pods}, {@code kubectl get events} (default, {@code -A}, {@code -o wide}) and
 * {@code kubectl events} of every installed version against each scenario's objects, and checks that the facts read
 * from the genuine tables match the objects: one listing per pod with its phase-derived status, and the same events
 * (involved object, type, reason, count, message) as the describe path reads for the same pod.
 */
class KubectlTablesTest {

    private static final Path SCENARIOS = Path.of("../fixtures/scenarios").toAbsolutePath().normalize();

    @TestFactory
    Stream<DynamicTest> tables_of_every_kubectl_version_give_the_facts_of_the_objects() {
        List<Kubectl> kubectls = Kubectl.installedVersions();
        assumeTrue(!kubectls.isEmpty(), () -> "no kubectl found: " + Kubectl.searchDescription());
        return scenarios().flatMap(objects -> kubectls.stream().map(kubectl -> DynamicTest.dynamicTest(
                objects.getParent().getFileName() + " with kubectl " + kubectl.version(), () -> check(objects, kubectl))));
    }

    private static void check(Path objects, Kubectl kubectl) {
        try (FixtureApiServer server = FixtureApiServer.start(objects)) {
            List<JsonNode> pods = server.objects().stream()
                    .filter(o -> o.path("kind").asString("").equals("Pod")).toList();
            List<String> podKeys = pods.stream().map(KubectlTablesTest::key).toList();
            for (List<String> arguments : List.of(List.of("get", "pods", "-A"), List.of("get", "pods", "-A", "-o", "wide"))) {
                Snapshot snapshot = read(kubectl, server, arguments);
                assertThat(snapshot.facts().stream().filter(PodListing.class::isInstance).map(PodListing.class::cast)
                        .map(p -> p.ref().key()).toList()).as(String.join(" ", arguments)).isEqualTo(podKeys);
            }
            for (JsonNode pod : pods) {
                String name = pod.path("metadata").path("name").asString();
                String namespace = pod.path("metadata").path("namespace").asString("default");
                Snapshot describe = Snapshot.fromInputs(List.of(new InputDocument("describe.txt",
                        kubectl.describe(server, "pod", name, namespace))));
                for (List<String> arguments : List.of(List.of("get", "events", "-n", namespace),
                        List.of("get", "events", "-A"), List.of("get", "events", "-n", namespace, "-o", "wide"),
                        List.of("events", "-n", namespace))) {
                    // only the wide table of get events shows the count
                    boolean counted = !arguments.get(0).equals("get") || arguments.contains("wide");
                    assertThat(events(read(kubectl, server, arguments), key(pod), counted))
                            .as("%s %s", kubectl.version(), arguments)
                            .containsExactlyInAnyOrderElementsOf(events(describe, key(pod), counted));
                }
            }
        }
    }

    /** Reads the output of a command, headed by its command line as a user pastes it. */
    private static Snapshot read(Kubectl kubectl, FixtureApiServer server, List<String> arguments) {
        String output = kubectl.run(server, arguments.toArray(String[]::new));
        String text = "$ kubectl " + String.join(" ", arguments) + "\n" + output;
        try {
            Snapshot snapshot = Snapshot.fromText(text);
            assertThat(snapshot.notes()).as("unread lines of:%n%s", text).extracting(Note::text)
                    .allMatch(line -> line.startsWith("$ kubectl"));
            return snapshot;
        } catch (RuntimeException e) {
            throw new AssertionError("cannot read:\n" + text, e);
        }
    }

    private static List<String> events(Snapshot snapshot, String pod, boolean counted) {
        return snapshot.facts().stream().filter(KubeEvent.class::isInstance).map(KubeEvent.class::cast)
                .filter(e -> e.involved().key().equals(pod))
                .map(e -> String.join(" | ", e.involved().key(), e.type(), e.reason(),
                        counted ? String.valueOf(e.count()) : "-", e.message())).toList();
    }

    private static String key(JsonNode pod) {
        return ObjectRef.pod(pod.path("metadata").path("namespace").asString("default"),
                pod.path("metadata").path("name").asString()).key();
    }

    private static Stream<Path> scenarios() {
        List<Path> found = new ArrayList<>();
        try (Stream<Path> folders = Files.list(SCENARIOS)) {
            folders.sorted().map(folder -> folder.resolve("objects.json")).filter(Files::exists).forEach(found::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return found.stream();
    }
}
