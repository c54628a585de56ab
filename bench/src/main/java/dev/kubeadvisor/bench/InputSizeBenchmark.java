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
 * How cost grows with the input: the OOM pod described with 1, 10 and 100 containers, and a log of 10, 1 000 and
 * 10 000 lines; each beside Jackson reading the same content as JSON.
 */
@State(Scope.Benchmark)
public class InputSizeBenchmark extends ShortSingleThreadRun {

    @Param({"containers-1", "containers-10", "containers-100", "log-lines-10", "log-lines-1000", "log-lines-10000"})
    public String input;

    private Advisor advisor;
    private String text;
    private String json;
    private JsonMapper jsonMapper;

    @Setup
    public void makeInput() {
        advisor = Advisor.builder().withBuiltInRules().build();
        int size = Integer.parseInt(input.substring(input.lastIndexOf('-') + 1));
        text = input.startsWith("log") ? BenchInputs.log(size) : BenchInputs.text("containers/" + size);
        json = input.startsWith("log") ? BenchInputs.logAsJson(size) : BenchInputs.json("containers/" + size);
        jsonMapper = JsonMapper.builder().build();
    }

    @Benchmark
    public Snapshot parse() {
        return Snapshot.fromText(text);
    }

    @Benchmark
    public Report diagnose() {
        return advisor.diagnose(Snapshot.fromText(text));
    }

    @Benchmark
    public JsonNode jacksonReadTree() {
        return jsonMapper.readTree(json);
    }
}
