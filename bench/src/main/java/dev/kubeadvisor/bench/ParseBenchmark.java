package dev.kubeadvisor.bench;

import dev.kubeadvisor.Snapshot;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reading one input of each kind kube-advisor accepts, beside Jackson reading the same objects as JSON. */
@State(Scope.Benchmark)
public class ParseBenchmark extends ShortSingleThreadRun {

    /** {@code logs} is a generated 1 000-line log; the others are kubectl output of the fixtures. */
    @Param({"describe-pod", "describe-node", "describe-deployment", "get-events", "get-pods", "logs", "pod-json",
            "pod-yaml", "mixed-stream"})
    public String kind;

    private String text;
    private String json;
    private JsonMapper jsonMapper;

    @Setup
    public void readInput() {
        text = kind.equals("logs") ? BenchInputs.log(1_000) : BenchInputs.text("kinds/" + kind);
        json = kind.equals("logs") ? BenchInputs.logAsJson(1_000) : BenchInputs.json("kinds/" + kind);
        jsonMapper = JsonMapper.builder().build();
        Snapshot.fromText(text); // fails the setup, not the measurement, on an input it cannot read
    }

    @Benchmark
    public Snapshot parse() {
        return Snapshot.fromText(text);
    }

    /** Baseline: a general-purpose parser reading the same objects as {@code kubectl get -o json}. */
    @Benchmark
    public JsonNode jacksonReadTree() {
        return jsonMapper.readTree(json);
    }
}
