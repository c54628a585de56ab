import dev.kubeadvisor.testing.kubectl.FixtureApiServer;
import dev.kubeadvisor.testing.kubectl.Kubectl;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes the benchmarks' inputs: genuine kubectl output of the repository's fixtures, made by the newest kubectl
 * found, run against advisor-core's FixtureApiServer, each beside the same objects as JSON (the Jackson baseline).
 * Run by scripts/bench-inputs.sh; the output is committed under bench/src/main/resources, never under fixtures/.
 */
public class GenerateBenchInputs {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    public static void main(String[] args) throws Exception {
        Path repo = Path.of(args[0]);
        Path out = Path.of(args[1]);
        Files.createDirectories(out.resolve("kinds"));
        Files.createDirectories(out.resolve("scenarios"));
        Files.createDirectories(out.resolve("containers"));
        List<Kubectl> versions = Kubectl.installedVersions();
        if (versions.isEmpty()) {
            throw new IllegalStateException(Kubectl.searchDescription());
        }
        Kubectl kubectl = versions.get(versions.size() - 1);
        System.out.println("using " + kubectl);

        Path oom = repo.resolve("fixtures/scenarios/quote-app-oom-killed-at-256mi/objects.json");
        try (FixtureApiServer server = FixtureApiServer.start(oom)) {
            String pod = "quote-app-7b9c6d5f8-m4q7z";
            String podJson = kubectl.run(server, "get", "pod", pod, "-n", "quotes", "-o", "json");
            write(out, "kinds/describe-pod.txt", kubectl.describe(server, "pod", pod, "quotes"));
            write(out, "kinds/describe-pod.json", podJson);
            String events = kubectl.run(server, "get", "events", "-n", "quotes");
            write(out, "kinds/get-events.txt", events);
            write(out, "kinds/get-events.json", kubectl.run(server, "get", "events", "-n", "quotes", "-o", "json"));
            write(out, "kinds/pod-json.txt", podJson);
            write(out, "kinds/pod-json.json", podJson);
            write(out, "kinds/pod-yaml.txt", kubectl.run(server, "get", "pod", pod, "-n", "quotes", "-o", "yaml"));
            write(out, "kinds/pod-yaml.json", podJson);
            write(out, "kinds/mixed-stream.txt", "$ kubectl describe pod " + pod + " -n quotes\n"
                    + kubectl.describe(server, "pod", pod, "quotes") + "$ kubectl get events -n quotes\n" + events
                    + "$ kubectl get pod " + pod + " -n quotes -o yaml\n"
                    + kubectl.run(server, "get", "pod", pod, "-n", "quotes", "-o", "yaml"));
            // the stream holds the pod and its events twice (describe, then the event table and the YAML): so does
            // its twin, as kubectl lists the same objects named in that order
            List<String> twin = new ArrayList<>(List.of("get", "pod/" + pod));
            twin.addAll(kubectl.run(server, "get", "events", "-n", "quotes", "-o", "name").lines().toList());
            twin.addAll(List.of("pod/" + pod, "-n", "quotes", "-o", "json"));
            write(out, "kinds/mixed-stream.json", kubectl.run(server, twin.toArray(String[]::new)));
            containers(out, kubectl, JSON.readTree(podJson));
        }
        Path node = repo.resolve("fixtures/objects/node-not-ready-with-pressure/objects.json");
        try (FixtureApiServer server = FixtureApiServer.start(node)) {
            write(out, "kinds/describe-node.txt", kubectl.describe(server, "node", "worker-3"));
            write(out, "kinds/describe-node.json", kubectl.run(server, "get", "node", "worker-3", "-o", "json"));
        }
        Path deployment = repo.resolve("fixtures/objects/deployment-stuck-rollout/objects.json");
        try (FixtureApiServer server = FixtureApiServer.start(deployment)) {
            String namespace = namespaceOf(server, "Deployment");
            write(out, "kinds/describe-deployment.txt", kubectl.describe(server, "deployment", "web", namespace));
            write(out, "kinds/describe-deployment.json",
                    kubectl.run(server, "get", "deployment", "web", "-n", namespace, "-o", "json"));
        }
        // every scenario's pods in one server: a get pods table of several namespaces, and each scenario's describe
        List<JsonNode> allPods = new ArrayList<>();
        try (var scenarios = Files.list(repo.resolve("fixtures/scenarios"))) {
            for (Path scenario : scenarios.filter(Files::isDirectory).sorted().toList()) {
                Path objects = scenario.resolve("objects.json");
                if (!Files.exists(objects)) {
                    continue; // a pasted stream, not objects: kinds/mixed-stream is the generated one
                }
                try (FixtureApiServer server = FixtureApiServer.start(objects)) {
                    StringBuilder text = new StringBuilder();
                    for (JsonNode object : server.objects()) {
                        if (object.path("kind").asString().equals("Pod")) {
                            allPods.add(object);
                            String name = object.path("metadata").path("name").asString();
                            String namespace = object.path("metadata").path("namespace").asString();
                            text.append("$ kubectl describe pod ").append(name).append(" -n ").append(namespace)
                                    .append('\n').append(kubectl.describe(server, "pod", name, namespace));
                        }
                    }
                    write(out, "scenarios/" + scenario.getFileName() + ".txt", text.toString());
                    write(out, "scenarios/" + scenario.getFileName() + ".json", Files.readString(objects));
                }
            }
        }
        try (FixtureApiServer server = FixtureApiServer.start(allPods)) {
            write(out, "kinds/get-pods.txt", kubectl.run(server, "get", "pods", "-A", "-o", "wide"));
            write(out, "kinds/get-pods.json", kubectl.run(server, "get", "pods", "-A", "-o", "json"));
        }
    }

    /** The OOM pod with 1, 10 and 100 app containers (each a renamed copy of its first), described by kubectl. */
    private static void containers(Path out, Kubectl kubectl, JsonNode pod) throws Exception {
        for (int count : new int[] {1, 10, 100}) {
            ObjectNode copy = (ObjectNode) pod.deepCopy();
            replicate((ObjectNode) copy.get("spec"), "containers", count);
            replicate((ObjectNode) copy.get("status"), "containerStatuses", count);
            try (FixtureApiServer server = FixtureApiServer.start(List.of(copy))) {
                String name = copy.path("metadata").path("name").asString();
                write(out, "containers/" + count + ".txt", kubectl.describe(server, "pod", name, "quotes"));
                write(out, "containers/" + count + ".json", kubectl.run(server, "get", "pod", name, "-n", "quotes", "-o", "json"));
            }
        }
    }

    private static void replicate(ObjectNode parent, String field, int count) {
        JsonNode first = parent.get(field).get(0);
        ArrayNode copies = parent.putArray(field);
        for (int i = 0; i < count; i++) {
            ObjectNode container = (ObjectNode) first.deepCopy();
            container.put("name", first.path("name").asString() + (i == 0 ? "" : "-" + i));
            copies.add(container);
        }
    }

    private static String namespaceOf(FixtureApiServer server, String kind) {
        return server.objects().stream().filter(o -> o.path("kind").asString().equals(kind))
                .map(o -> o.path("metadata").path("namespace").asString()).findFirst().orElseThrow();
    }

    private static void write(Path out, String name, String text) throws Exception {
        Files.writeString(out.resolve(name), text, StandardCharsets.UTF_8);
        System.out.printf("%8d bytes  %s%n", text.length(), name);
    }
}
