package dev.kubeadvisor.bench;

import dev.kubeadvisor.Snapshot;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reading {@code kubectl get -o json} into facts (with every field's line) beside Jackson's own {@code readTree} of
 * the same text: one pod, and a {@code kubectl get pods -o json} List of 200 such pods.
 */
@State(Scope.Benchmark)
public class ObjectsParseBenchmark extends ShortSingleThreadRun {

    static final int LISTED_PODS = 200;

    @Param({"pod", "list-of-200"})
    public String input;

    private JsonMapper jsonMapper;
    private String json;

    @Setup
    public void readInput() {
        jsonMapper = JsonMapper.builder().build();
        String pod = BenchInputs.json("kinds/pod-json");
        json = input.equals("pod") ? pod : listOf(jsonMapper, pod, LISTED_PODS);
    }

    /** {@code count} copies of the pod, each with its own name, pretty-printed as kubectl prints a List. */
    static String listOf(JsonMapper mapper, String podJson, int count) {
        JsonNode pod = mapper.readTree(podJson);
        ArrayNode items = mapper.createArrayNode();
        for (int i = 0; i < count; i++) {
            ObjectNode copy = (ObjectNode) pod.deepCopy();
            ObjectNode metadata = (ObjectNode) copy.get("metadata");
            metadata.put("name", metadata.get("name").asString() + "-" + i);
            items.add(copy);
        }
        ObjectNode list = mapper.createObjectNode().put("apiVersion", "v1").put("kind", "List");
        list.set("items", items);
        list.putObject("metadata").put("resourceVersion", "");
        return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(list);
    }

    /** Lines, redaction, kind sniffing and the located tree, then the facts. */
    @Benchmark
    public Snapshot parse() {
        return Snapshot.fromText(json);
    }

    /** Baseline: a general-purpose parser reading the same text, without lines or facts. */
    @Benchmark
    public JsonNode jacksonReadTree() {
        return jsonMapper.readTree(json);
    }
}
