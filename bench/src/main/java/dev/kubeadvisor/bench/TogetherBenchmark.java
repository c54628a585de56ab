package dev.kubeadvisor.bench;

import dev.kubeadvisor.Advisor;
import dev.kubeadvisor.Snapshot;
import dev.kubeadvisor.input.InputDocument;
import dev.kubeadvisor.report.Report;
import java.util.ArrayList;
import java.util.List;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * What a scan of a 500-pod namespace evaluates once it has read it: one snapshot per pod, made from the documents a
 * scan writes ({@code pod/big/web-N.json} as {@code kubectl get pod -o json} prints it; for the one pod in 50 that
 * crash-loops, its BackOff event as an EventList and its previous log), all diagnosed in one evaluation; beside
 * Jackson reading the same 500 pod documents.
 */
@State(Scope.Benchmark)
public class TogetherBenchmark extends ShortSingleThreadRun {

    static final int PODS = 500;
    static final int CRASHING_ONE_IN = 50;

    private Advisor advisor;
    private List<Snapshot> snapshots;
    private List<String> podDocuments;
    private JsonMapper jsonMapper;

    @Setup
    public void readNamespace() {
        advisor = Advisor.builder().withBuiltInRules().build();
        jsonMapper = JsonMapper.builder().build();
        snapshots = new ArrayList<>();
        podDocuments = new ArrayList<>();
        for (int i = 0; i < PODS; i++) {
            String name = "web-" + i;
            boolean crashing = i % CRASHING_ONE_IN == 7;
            String pod = indented(crashing ? crashingPod(name) : runningPod(name));
            podDocuments.add(pod);
            List<InputDocument> documents = new ArrayList<>();
            documents.add(new InputDocument("pod/big/" + name + ".json", pod));
            if (crashing) {
                documents.add(new InputDocument("events/big/pod-" + name + ".json", indented(backOffEvents(name))));
                documents.add(new InputDocument("big/" + name + "/app/logs-previous.txt",
                        "Error: connect ECONNREFUSED 10.0.0.7:5432\n"));
            }
            snapshots.add(Snapshot.fromInputs(documents));
        }
    }

    /** One evaluation of every pod's facts, then a report per pod. */
    @Benchmark
    public List<Report> diagnoseTogether() {
        return advisor.diagnoseTogether(snapshots);
    }

    /** Baseline: a general-purpose parser reading the 500 pod documents, without lines, facts or rules. */
    @Benchmark
    public List<JsonNode> jacksonReadTree() {
        List<JsonNode> trees = new ArrayList<>(podDocuments.size());
        for (String pod : podDocuments) {
            trees.add(jsonMapper.readTree(pod));
        }
        return trees;
    }

    private String indented(JsonNode node) {
        return jsonMapper.writerWithDefaultPrettyPrinter().writeValueAsString(node) + "\n";
    }

    private ObjectNode pod(String name) {
        ObjectNode pod = jsonMapper.createObjectNode().put("apiVersion", "v1").put("kind", "Pod");
        pod.putObject("metadata").put("name", name).put("namespace", "big");
        pod.putObject("spec").putArray("containers").addObject()
                .put("image", "registry.example.com/web:1.4.2").put("name", "app");
        return pod;
    }

    private ObjectNode runningPod(String name) {
        ObjectNode pod = pod(name);
        ObjectNode container = pod.putObject("status").put("phase", "Running").putArray("containerStatuses")
                .addObject();
        container.put("image", "registry.example.com/web:1.4.2").put("name", "app").put("ready", true)
                .put("restartCount", 0);
        container.putObject("state").putObject("running").put("startedAt", "2026-11-26T08:00:00Z");
        return pod;
    }

    private ObjectNode crashingPod(String name) {
        ObjectNode pod = pod(name);
        ObjectNode container = pod.putObject("status").put("phase", "Running").putArray("containerStatuses")
                .addObject();
        container.put("image", "registry.example.com/web:1.4.2");
        container.putObject("lastState").putObject("terminated").put("exitCode", 1)
                .put("finishedAt", "2026-11-26T09:00:03Z").put("reason", "Error")
                .put("startedAt", "2026-11-26T09:00:00Z");
        container.put("name", "app").put("ready", false).put("restartCount", 5);
        container.putObject("state").putObject("waiting")
                .put("message", "back-off 2m40s restarting failed container=app pod=" + name)
                .put("reason", "CrashLoopBackOff");
        return pod;
    }

    private ObjectNode backOffEvents(String pod) {
        ObjectNode list = jsonMapper.createObjectNode().put("apiVersion", "v1").put("kind", "EventList");
        ObjectNode event = list.putArray("items").addObject().put("apiVersion", "v1").put("kind", "Event");
        event.put("count", 12);
        event.putObject("involvedObject").put("fieldPath", "spec.containers{app}").put("kind", "Pod")
                .put("name", pod).put("namespace", "big");
        event.put("lastTimestamp", "2026-11-26T09:01:00Z")
                .put("message", "Back-off restarting failed container app in pod " + pod + "_big");
        event.putObject("metadata").put("name", pod + ".backoff").put("namespace", "big");
        event.put("reason", "BackOff");
        event.putObject("source").put("component", "kubelet").put("host", "node-a");
        event.put("type", "Warning");
        return list;
    }
}
