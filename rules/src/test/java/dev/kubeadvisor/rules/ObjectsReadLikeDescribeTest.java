package dev.kubeadvisor.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import dev.kubeadvisor.Snapshot;
import dev.kubeadvisor.input.InputDocument;
import dev.kubeadvisor.model.KubeEvent;
import dev.kubeadvisor.report.Report;
import dev.kubeadvisor.testing.kubectl.FixtureApiServer;
import dev.kubeadvisor.testing.kubectl.Kubectl;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
 * The same objects read two ways give the same facts and the same diagnoses: {@code kubectl describe} text of every
 * object of a kind the advisor reads (pods, nodes, workloads, services, claims, secrets and config maps) from every
 * kubectl version installed, and the objects themselves (each fixture's {@code objects.json}, the objects of
 * {@code fixtures/objects/}, or the objects of a fixture's JSON and YAML inputs) as {@code kubectl get -o json} and
 * {@code -o yaml} print them. Facts are compared without their source lines (the lines differ by design) and with
 * these normalisations, each because describe's text cannot say more, or says it at another instant:
 * <ul>
 * <li>times kubectl prints ({@code Thu, 26 Nov 2026 09:33:55 +0000}: node conditions, job start, last schedule) are
 * compared as present or absent: the fixture server moves every timestamp to the moment of each request;</li>
 * <li>a node's pod's {@code age}, like an event's: computed at slightly different instants;</li>
 * <li>a condition's {@code message} (Deployment, ReplicaSet, Job, claim) and a pod condition's {@code reason}:
 * describe's tables have no such column, the object has the field and the JSON path keeps it;</li>
 * <li>a DaemonSet's namespace, in its facts and as the subject of a diagnosis: kubectl before 1.33 prints no
 * {@code Namespace:} line for a DaemonSet;</li>
 * <li>a Job's {@code suspend} and {@code backoffLimit}: kubectl before 1.30 does not print them;</li>
 * <li>a node's lease holder and renew time when the document holds no Lease, and a ReplicaSet's, StatefulSet's or
 * DaemonSet's {@code Pods Status:} counts when it holds no pods: describe asks the API for them, a document without
 * them cannot say (the JSON path then leaves the fact out rather than count 0);</li>
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
    /** Kind -> the resource {@code kubectl describe} takes, for every kind the advisor reads from describe. */
    private static final Map<String, String> DESCRIBED = Map.ofEntries(Map.entry("Pod", "pod"),
            Map.entry("Node", "node"), Map.entry("Deployment", "deployment"), Map.entry("ReplicaSet", "replicaset"),
            Map.entry("StatefulSet", "statefulset"), Map.entry("DaemonSet", "daemonset"), Map.entry("Job", "job"),
            Map.entry("CronJob", "cronjob"), Map.entry("Service", "service"),
            Map.entry("PersistentVolumeClaim", "pvc"), Map.entry("Secret", "secret"),
            Map.entry("ConfigMap", "configmap"));

    @TestFactory
    Stream<DynamicTest> objects_as_json_and_yaml_give_the_facts_and_diagnoses_of_their_describe_text() {
        List<FixtureCase> fixtures = Stream.concat(FixtureCase.all().stream(), FixtureCase.objectStories().stream())
                .filter(f -> !wholeObjects(f).isEmpty()).toList();
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
                String resource = DESCRIBED.get(object.path("kind").asString());
                JsonNode metadata = object.path("metadata");
                if (resource != null && resource.equals("node")) {
                    describe.append(kubectl.describe(server, resource, metadata.path("name").asString()));
                } else if (resource != null) {
                    describe.append(kubectl.describe(server, resource, metadata.path("name").asString(),
                            metadata.path("namespace").asString("default")));
                }
                describe.append('\n');
            }
        }
        ObjectNode list = JSON.createObjectNode().put("apiVersion", "v1").put("kind", "List");
        list.set("items", items);
        Snapshot fromDescribe = Snapshot.fromInputs(List.of(new InputDocument("describe.txt", describe.toString())));
        Normalised normalised = new Normalised(kubectl.version(), holds(items, "Lease"), holds(items, "Pod"));
        Report describeReport = GoldenFixturesTest.ADVISOR.diagnose(fromDescribe);
        for (InputDocument objects : List.of(
                new InputDocument("objects.json", JSON.writerWithDefaultPrettyPrinter().writeValueAsString(list)),
                new InputDocument("objects.yaml", YAML.writeValueAsString(list)))) {
            Snapshot fromObjects = Snapshot.fromInputs(List.of(objects));
            assertThat(normalised.facts(fromObjects.facts())).as("facts of %s against describe", objects.name())
                    .containsExactlyInAnyOrderElementsOf(normalised.facts(fromDescribe.facts()));
            assertThat(namedContainers(fromObjects.facts())).as("event containers of %s", objects.name())
                    .containsAll(namedContainers(fromDescribe.facts()));
            assertThat(normalised.diagnoses(GoldenFixturesTest.ADVISOR.diagnose(fromObjects)))
                    .as("diagnoses of %s", objects.name()).isEqualTo(normalised.diagnoses(describeReport));
        }
    }

    private static boolean holds(ArrayNode items, String kind) {
        return items.valueStream().anyMatch(item -> item.path("kind").asString().equals(kind));
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

    private static List<String> namedContainers(List<Object> facts) {
        return facts.stream().filter(KubeEvent.class::isInstance).map(KubeEvent.class::cast)
                .filter(event -> event.container() != null)
                .map(event -> event.reason() + " " + event.message() + " -> " + event.container()).toList();
    }
}
