package dev.kubeadvisor.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import dev.kubeadvisor.Snapshot;
import dev.kubeadvisor.input.InputDocument;
import dev.kubeadvisor.model.ContainerState;
import dev.kubeadvisor.model.ContainerStatus;
import dev.kubeadvisor.model.KubeEvent;
import dev.kubeadvisor.model.SourceLine;
import dev.kubeadvisor.report.Report;
import dev.kubeadvisor.testing.kubectl.FixtureApiServer;
import dev.kubeadvisor.testing.kubectl.Kubectl;
import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MappingIterator;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The same objects read two ways give the same facts and the same diagnoses: {@code kubectl describe pod} text from
 * every kubectl version installed, and the objects themselves (each fixture's {@code objects.json}, or the objects
 * of its JSON and YAML inputs) as {@code kubectl get -o json} and {@code -o yaml}
 * print them. Facts are compared without their source lines (the lines differ by design) and with these
 * normalisations, each because describe's text cannot say more:
 * <ul>
 * <li>an event's {@code age}: kubectl and the parser compute it at slightly different instants;</li>
 * <li>an event's {@code container} is compared only where the describe text names one: kubectl before 1.35 prints
 * no field path, the object always has it;</li>
 * <li>a container's start and finish times are compared as the run's duration: the fixture server moves every
 * timestamp so that ages stay the same, by an offset that follows the clock between the two reads;</li>
 * <li>a terminated message is compared line by line without surrounding blanks (describe indents its lines).</li>
 * </ul>
 */
class ObjectsReadLikeDescribeTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final YAMLMapper YAML = YAMLMapper.builder().build();

    @TestFactory
    Stream<DynamicTest> objects_as_json_and_yaml_give_the_facts_and_diagnoses_of_their_describe_text() {
        List<FixtureCase> fixtures = FixtureCase.all().stream().filter(f -> !wholeObjects(f).isEmpty()).toList();
        List<Kubectl> versions = Kubectl.installedVersions();
        if (versions.isEmpty()) {
            return Stream.of(DynamicTest.dynamicTest("objects of " + fixtures.size() + " fixtures",
                    () -> assumeFalse(true, "SKIPPED: no kubectl found (" + Kubectl.searchDescription() + ")")));
        }
        return fixtures.stream().flatMap(fixture -> versions.stream().map(kubectl -> DynamicTest.dynamicTest(
                fixture.name() + " with " + kubectl, () -> compare(fixture, kubectl))));
    }

    private static void compare(FixtureCase fixture, Kubectl kubectl) {
        StringBuilder describe = new StringBuilder();
        ArrayNode items = JSON.createArrayNode();
        try (FixtureApiServer server = FixtureApiServer.start(wholeObjects(fixture))) {
            for (JsonNode object : server.objects()) {
                items.add(object);
                if (object.path("kind").asString().equals("Pod")) {
                    JsonNode metadata = object.path("metadata");
                    describe.append(kubectl.describe(server, "pod", metadata.path("name").asString(),
                            metadata.path("namespace").asString("default"))).append('\n');
                }
            }
        }
        ObjectNode list = JSON.createObjectNode().put("apiVersion", "v1").put("kind", "List");
        list.set("items", items);
        Snapshot fromDescribe = Snapshot.fromInputs(List.of(new InputDocument("describe.txt", describe.toString())));
        Report describeReport = GoldenFixturesTest.ADVISOR.diagnose(fromDescribe);
        for (InputDocument objects : List.of(
                new InputDocument("objects.json", JSON.writerWithDefaultPrettyPrinter().writeValueAsString(list)),
                new InputDocument("objects.yaml", YAML.writeValueAsString(list)))) {
            Snapshot fromObjects = Snapshot.fromInputs(List.of(objects));
            assertThat(comparable(fromObjects.facts())).as("facts of %s against describe", objects.name())
                    .containsExactlyInAnyOrderElementsOf(comparable(fromDescribe.facts()));
            assertThat(namedContainers(fromObjects.facts())).as("event containers of %s", objects.name())
                    .containsAll(namedContainers(fromDescribe.facts()));
            assertThat(diagnoses(GoldenFixturesTest.ADVISOR.diagnose(fromObjects)))
                    .as("diagnoses of %s", objects.name()).isEqualTo(diagnoses(describeReport));
        }
    }

    /**
     * The objects kubectl can describe: a fixture's {@code objects.json}, else the objects of its JSON and YAML
     * inputs ({@code kubectl get -o json|yaml} output); a pasted piece of an object has no kind and is left out.
     */
    private static List<JsonNode> wholeObjects(FixtureCase fixture) {
        List<JsonNode> objects = new ArrayList<>();
        List<Path> files = fixture.hasObjects() ? List.of(fixture.folder().resolve(FixtureCase.OBJECTS))
                : fixture.textInputs().stream().map(input -> fixture.folder().resolve(input.name()))
                .filter(file -> file.toString().matches(".*\\.(json|yaml)$")).toList();
        for (Path file : files) {
            try (MappingIterator<JsonNode> documents = YAML.readerFor(JsonNode.class).readValues(file.toFile())) {
                documents.forEachRemaining(document -> flatten(document, objects));
            }
        }
        return objects;
    }

    private static void flatten(JsonNode document, List<JsonNode> objects) {
        if (document.path("items").isArray()) {
            document.path("items").forEach(item -> flatten(item, objects));
        } else if (document.path("apiVersion").asString().equals("events.k8s.io/v1")) {
            objects.add(coreEvent((ObjectNode) document));
        } else if (document.hasNonNull("kind")) {
            objects.add(document);
        }
    }

    /** The core v1 form of an events.k8s.io/v1 Event: the fixture server serves events in that form. */
    private static ObjectNode coreEvent(ObjectNode event) {
        ObjectNode core = event.deepCopy();
        core.put("apiVersion", "v1");
        Map.of("regarding", "involvedObject", "note", "message", "deprecatedSource", "source",
                "deprecatedFirstTimestamp", "firstTimestamp", "deprecatedLastTimestamp", "lastTimestamp",
                "deprecatedCount", "count", "reportingController", "reportingComponent").forEach((from, to) -> {
                    JsonNode value = core.remove(from);
                    if (value != null) {
                        core.set(to, value);
                    }
                });
        return core;
    }

    private static List<String> comparable(List<Object> facts) {
        return facts.stream().map(fact -> text(withoutTimes(fact))).toList();
    }

    private static Object withoutTimes(Object fact) {
        if (fact instanceof KubeEvent event) {
            return new KubeEvent(event.involved(), event.type(), event.reason(), null, event.count(), event.from(),
                    event.message(), null, null);
        }
        if (fact instanceof ContainerStatus c) {
            return new ContainerStatus(c.pod(), c.name(), c.kind(), c.image(), withoutTimes(c.state()),
                    withoutTimes(c.lastState()), c.ready(), c.restartCount(), c.limits(), c.requests(), c.liveness(),
                    c.readiness(), c.startup(), null, null, null, null);
        }
        return fact;
    }

    /** A state with how long the run lasted in place of its start and finish. */
    private static ContainerState withoutTimes(ContainerState s) {
        if (s == null) {
            return null;
        }
        Duration ran = s.ranFor();
        return new ContainerState(s.state(), s.reason(), s.message(), s.exitCode(), s.signal(),
                ran == null ? null : ran.toString(), null, null, null, null, null);
    }

    private static List<String> namedContainers(List<Object> facts) {
        return facts.stream().filter(KubeEvent.class::isInstance).map(KubeEvent.class::cast)
                .filter(event -> event.container() != null)
                .map(event -> event.reason() + " " + event.message() + " -> " + event.container()).toList();
    }

    /** A record's components without its source lines, nested records the same way. */
    private static String text(Object value) {
        if (value == null || !value.getClass().isRecord()) {
            return normalised(value);
        }
        List<String> parts = new ArrayList<>();
        for (RecordComponent component : value.getClass().getRecordComponents()) {
            if (component.getType() == SourceLine.class) {
                continue;
            }
            try {
                parts.add(component.getName() + "=" + text(component.getAccessor().invoke(value)));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        return value.getClass().getSimpleName() + parts;
    }

    private static String normalised(Object value) {
        if (value instanceof String text && text.contains("\n")) {
            return text.lines().map(String::strip).collect(Collectors.joining("\n"));
        }
        return Objects.toString(value);
    }

    private static List<String> diagnoses(Report report) {
        return report.diagnoses().stream()
                .map(d -> d.rule() + " " + d.subject() + " [" + Objects.toString(d.container(), "") + "]")
                .sorted().toList();
    }
}
