package dev.kubeadvisor.bench;

import dev.kubeadvisor.Advisor;
import dev.kubeadvisor.Snapshot;
import dev.kubeadvisor.report.Report;
import org.openjdk.jmh.annotations.Benchmark;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One pasted input diagnosed end to end with the built-in catalogue, beside Jackson reading the same objects as
 * JSON: the baseline its figures are ratios of. Subclasses choose the input in their set-up.
 */
public abstract class PastedInputRun extends ShortSingleThreadRun {

    private final JsonMapper jsonMapper = JsonMapper.builder().build();
    protected Advisor advisor;
    protected String text;
    private String json;

    /** Loads the built-in rules and takes the input as pasted text and as the JSON of the same objects. */
    protected void use(String pastedText, String sameObjectsAsJson) {
        advisor = Advisor.builder().withBuiltInRules().build();
        text = pastedText;
        json = sameObjectsAsJson;
    }

    /** Parse, evaluate, report: one request once the rules are loaded. */
    @Benchmark
    public Report diagnose() {
        return advisor.diagnose(Snapshot.fromText(text));
    }

    @Benchmark
    public JsonNode jacksonReadTree() {
        return jsonMapper.readTree(json);
    }
}
