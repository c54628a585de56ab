package dev.kubeadvisor.bench;

import dev.kubeadvisor.Advisor;
import dev.kubeadvisor.Snapshot;
import dev.kubeadvisor.report.Report;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One diagnosis of a {@code kubectl describe pod} text, end to end and in its parts, beside the cost of merely
 * reading the same pod's JSON with Jackson.
 */
@State(Scope.Benchmark)
public class DiagnoseBenchmark extends ShortSingleThreadRun {

    @Param({"crash-loop-oom", "healthy", "pending"})
    public String pod;

    private Advisor advisor;
    private String describeText;
    private Snapshot snapshot;
    private JsonMapper jsonMapper;
    private String podJson;

    @Setup
    public void readPod() {
        advisor = Advisor.builder().withBuiltInRules().build();
        describeText = ExamplePods.describeText(pod);
        snapshot = Snapshot.fromText(describeText);
        jsonMapper = JsonMapper.builder().build();
        podJson = ExamplePods.podJson(pod);
    }

    /** Parse, evaluate the rules, build the report: what one request costs once the rules are loaded. */
    @Benchmark
    public Report diagnose() {
        return advisor.diagnose(Snapshot.fromText(describeText));
    }

    @Benchmark
    public Snapshot parse() {
        return Snapshot.fromText(describeText);
    }

    @Benchmark
    public Report evaluateAndReport() {
        return advisor.diagnose(snapshot);
    }

    /** Baseline: a general-purpose parser reading the same pod as {@code kubectl get pod -o json}. */
    @Benchmark
    public JsonNode jacksonReadTree() {
        return jsonMapper.readTree(podJson);
    }
}
