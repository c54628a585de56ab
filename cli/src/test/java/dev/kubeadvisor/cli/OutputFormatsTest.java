package dev.kubeadvisor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class OutputFormatsTest {

    private static final Path FIXTURES = Path.of(System.getProperty("fixtures.dir", "../fixtures"));
    private static final Path OOM = FIXTURES.resolve("rules/container-oom-killed/fires-crash-loop-after-oom/describe.txt");
    private static final Path HEALTHY = RulesCommandTest.EXAMPLE_PACK.resolve(
            "team-image-unapproved-registry/near-miss-image-from-team-registry/describe.txt");
    private static final Set<String> SARIF_LEVELS = Set.of("none", "note", "warning", "error");

    @Test
    void markdown_puts_the_main_diagnosis_first_with_evidence_as_code_and_commands_in_fenced_blocks() {
        CliRun run = CliRun.withStdin("", "diagnose", "-o", "markdown", OOM.toString());

        String markdown = run.out();
        assertThat(markdown).startsWith("## kube-advisor: unhealthy\n");
        assertThat(markdown.indexOf("### CRITICAL: The container was killed for using more memory"))
                .isPositive().isLessThan(markdown.indexOf("### Other findings"));
        assertThat(markdown).contains("```text\n" + OOM + ":25  Reason:       OOMKilled\n" + OOM + ":26  Exit Code:")
                .contains("   ```sh\n   kubectl logs orders-api-6b7f9c8d5-q2w8z -c orders-api --previous -n shop\n   ```")
                .containsPattern("(?m)^- \\*\\*critical\\*\\* `container-crash-loop` on `Pod/shop/orders-api-"
                        + "6b7f9c8d5-q2w8z` \\[`orders-api`] \\(symptom of `container-oom-killed`\\): ");
        assertThat(markdown.split("```", -1).length % 2).as("every fence is closed").isEqualTo(1);
    }

    @Test
    void sarif_has_every_property_the_2_1_0_specification_requires() {
        JsonNode log = sarif(OOM);

        List<String> missing = new ArrayList<>();
        require(log, "version", missing);
        require(log, "runs", missing);
        JsonNode run = log.path("runs").path(0);
        require(run, "tool", missing);
        require(run.path("tool"), "driver", missing);
        require(run.path("tool").path("driver"), "name", missing);
        run.path("tool").path("driver").path("rules").forEach(rule -> require(rule, "id", missing));
        for (JsonNode result : run.path("results")) {
            require(result, "message", missing);
            require(result.path("message"), "text", missing);
            for (JsonNode location : result.path("locations")) {
                require(location.path("physicalLocation").path("artifactLocation"), "uri", missing);
                assertThat(location.path("physicalLocation").path("region").path("startLine").asInt()).isPositive();
            }
            assertThat(SARIF_LEVELS).contains(result.path("level").asString());
        }
        assertThat(missing).isEmpty();
        assertThat(log.path("version").asString()).isEqualTo("2.1.0");
    }

    @Test
    void sarif_describes_the_rules_from_their_metadata_and_gives_one_result_per_diagnosis() {
        JsonNode log = sarif(OOM);
        JsonNode report = JsonMapper.builder().build().readTree(
                CliRun.withStdin("", "diagnose", "-o", "json", OOM.toString()).out());

        JsonNode run = log.path("runs").path(0);
        JsonNode rules = run.path("tool").path("driver").path("rules");
        assertThat(rules.valueStream().map(r -> r.path("id").asString())).contains("container-oom-killed",
                "container-crash-loop", "image-not-found");
        JsonNode results = run.path("results");
        assertThat(results.size()).isEqualTo(report.path("diagnoses").size());
        JsonNode main = results.path(0);
        assertThat(main.path("ruleId").asString()).isEqualTo("container-oom-killed");
        assertThat(rules.path(main.path("ruleIndex").asInt()).path("id").asString()).isEqualTo("container-oom-killed");
        assertThat(main.path("level").asString()).isEqualTo("error");
        assertThat(main.path("message").path("text").asString()).contains("was OOM-killed");
        JsonNode location = main.path("locations").path(0).path("physicalLocation");
        assertThat(location.path("artifactLocation").path("uri").asString()).isEqualTo(OOM.toString());
        assertThat(location.path("region").path("startLine").asInt())
                .isEqualTo(report.path("diagnoses").path(0).path("evidence").path(0).path("line").asInt());
        assertThat(rules.path(main.path("ruleIndex").asInt()).path("defaultConfiguration").path("level").asString())
                .isEqualTo("error");
    }

    @Test
    void sarif_maps_warning_to_warning_and_reports_healthy_as_a_passing_result() {
        JsonNode results = sarif(HEALTHY, "--rules", RulesCommandTest.EXAMPLE_PACK.toString()).path("runs").path(0)
                .path("results");
        assertThat(results.path(0).path("ruleId").asString()).isEqualTo("healthy");
        assertThat(results.path(0).path("kind").asString()).isEqualTo("pass");
        assertThat(results.path(0).path("level").asString()).isEqualTo("none");

        JsonNode warning = sarif(RulesCommandTest.EXAMPLE_PACK.resolve(
                "team-image-unapproved-registry/fires-image-from-docker-hub/describe.txt"),
                "--rules", RulesCommandTest.EXAMPLE_PACK.toString()).path("runs").path(0).path("results").path(0);
        assertThat(warning.path("ruleId").asString()).isEqualTo("team-image-unapproved-registry");
        assertThat(warning.path("level").asString()).isEqualTo("warning");
    }

    private static JsonNode sarif(Path input, String... more) {
        List<String> args = new ArrayList<>(List.of("diagnose", "-o", "sarif", "--fail-on", "never"));
        args.addAll(List.of(more));
        args.add(input.toString());
        CliRun run = CliRun.withStdin("", args.toArray(String[]::new));
        assertThat(run.exitCode()).as(run.err()).isZero();
        return JsonMapper.builder().build().readTree(run.out());
    }

    private static void require(JsonNode node, String property, List<String> missing) {
        if (!node.has(property)) {
            missing.add(property + " in " + node);
        }
    }
}
