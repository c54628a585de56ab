package dev.kubeadvisor.http;

import static dev.kubeadvisor.http.RunningServer.EXIT_255;
import static dev.kubeadvisor.http.RunningServer.OOM;
import static dev.kubeadvisor.http.RunningServer.read;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kubeadvisor.Snapshot;
import dev.kubeadvisor.input.InputDocument;
import dev.kubeadvisor.render.JsonRenderer;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class DiagnosesApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final RunningServer server = RunningServer.shared();

    @Test
    void diagnoses_raw_kubectl_output_sent_as_text_with_the_report_of_the_cli() {
        HttpResponse<String> response = server.post("/v1/diagnoses", "text/plain; charset=utf-8", read(EXIT_255));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        String sameAsLibrary = new JsonRenderer().render(RunningServer.advisor().diagnose(
                Snapshot.fromInputs(List.of(new InputDocument("body", read(EXIT_255))))));
        assertThat(response.body()).isEqualTo(sameAsLibrary);
        JsonNode main = JSON.readTree(response.body()).path("diagnoses").get(0);
        assertThat(main.path("rule").asString()).isEqualTo("container-exit-255");
    }

    @Test
    void evidence_carries_the_line_and_the_columns_an_editor_underlines() {
        String describe = read(EXIT_255);
        JsonNode report = JSON.readTree(server.post("/v1/diagnoses", "application/json", JSON.writeValueAsString(
                Map.of("inputs", List.of(Map.of("name", "describe.txt", "content", describe))))).body());

        JsonNode evidenceLines = report.path("diagnoses").get(0).path("evidence");
        assertThat(evidenceLines.findValuesAsString("text")).contains("Exit Code:    255");
        for (JsonNode evidence : evidenceLines) {
            assertThat(evidence.path("source").asString()).isEqualTo("describe.txt");
            String line = describe.lines().toList().get(evidence.path("line").asInt() - 1);
            assertThat(line.substring(evidence.path("startColumn").asInt() - 1, evidence.path("endColumn").asInt()))
                    .isEqualTo(evidence.path("text").asString());
            assertThat(evidence.path("startColumn").asInt()).isGreaterThan(1);
        }
    }

    @Test
    void reads_several_named_inputs_as_the_cli_reads_several_files() {
        String body = JSON.writeValueAsString(Map.of("inputs", List.of(
                Map.of("name", "orders.txt", "content", read(OOM)),
                Map.of("name", "quote.txt", "content", read(EXIT_255))), "format", "json"));

        HttpResponse<String> response = server.post("/v1/diagnoses", "application/json", body);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode report = JSON.readTree(response.body());
        assertThat(report.path("subjects")).hasSize(2);
        assertThat(report.path("diagnoses").findValuesAsString("rule"))
                .contains("container-oom-killed", "container-exit-255");
        assertThat(report.path("diagnoses").findValuesAsString("source")).contains("orders.txt", "quote.txt");
    }

    @Test
    void an_unknown_format_is_refused_with_the_formats_available() {
        HttpResponse<String> response = server.post("/v1/diagnoses", "application/json", JSON.writeValueAsString(
                Map.of("inputs", List.of(Map.of("name", "d.txt", "content", read(OOM))), "format", "yaml")));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(response.body()).path("detail").asString())
                .contains("'yaml'").contains("available: json, markdown, sarif");
    }

    @Test
    void answers_in_markdown_and_sarif_when_asked() {
        HttpResponse<String> markdown = server.post("/v1/diagnoses?format=markdown", "text/plain", read(OOM));
        HttpResponse<String> sarif = server.post("/v1/diagnoses?format=sarif", "text/plain", read(OOM));

        assertThat(markdown.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/markdown");
        assertThat(markdown.body()).contains("container-oom-killed").contains("```");
        assertThat(sarif.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/sarif+json");
        assertThat(JSON.readTree(sarif.body()).path("runs").get(0).path("results").findValuesAsString("ruleId"))
                .contains("container-oom-killed");
    }

    @Test
    void an_excluded_rule_is_left_out_and_listed_as_suppressed() {
        HttpResponse<String> response = server.post("/v1/diagnoses", "application/json", JSON.writeValueAsString(
                Map.of("inputs", List.of(Map.of("name", "d.txt", "content", read(OOM))),
                        "exclude", List.of("container-oom-killed"))));

        JsonNode report = JSON.readTree(response.body());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(report.path("diagnoses").findValuesAsString("rule")).doesNotContain("container-oom-killed");
        assertThat(report.path("suppressed").findValuesAsString("rule")).contains("container-oom-killed");
    }

    @Test
    void exclude_names_only_known_rules() {
        HttpResponse<String> response = server.post("/v1/diagnoses", "application/json", JSON.writeValueAsString(
                Map.of("inputs", List.of(Map.of("name", "d.txt", "content", read(OOM))),
                        "exclude", List.of("no-such-rule"))));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(response.body()).path("detail").asString()).contains("'no-such-rule'");
    }

    @Test
    void lists_the_rules_and_shows_one_by_id() {
        JsonNode rules = JSON.readTree(server.get("/v1/rules").body());
        assertThat(rules.findValuesAsString("id")).containsAll(RunningServer.advisor().rules().keySet());

        HttpResponse<String> one = server.get("/v1/rules/container-exit-255");
        assertThat(one.statusCode()).isEqualTo(200);
        JsonNode rule = JSON.readTree(one.body());
        assertThat(rule.path("severity").asString()).isEqualTo("critical");
        assertThat(rule.path("title").asString()).isNotBlank();
        assertThat(rule.path("remediation").get(0).path("command").asString()).contains("{pod}");

        HttpResponse<String> missing = server.get("/v1/rules/no-such-rule");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
    }
}
