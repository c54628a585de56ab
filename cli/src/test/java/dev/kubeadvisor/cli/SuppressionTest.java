package dev.kubeadvisor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class SuppressionTest {

    private static final Path OOM = Path.of(System.getProperty("fixtures.dir", "../fixtures"))
            .resolve("rules/container-oom-killed/fires-crash-loop-after-oom/describe.txt").toAbsolutePath();
    private static final String POD = "Pod/shop/orders-api-6b7f9c8d5-q2w8z";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path temp;

    @Test
    void excluded_rules_are_listed_as_suppressed_in_json_not_silently_dropped() {
        CliRun run = CliRun.withStdin("", "diagnose", "-o", "json", "--exclude",
                "container-oom-killed,container-crash-loop", OOM.toString());

        JsonNode report = JSON.readTree(run.out());
        assertThat(rules(report)).doesNotContain("container-oom-killed", "container-crash-loop");
        assertThat(report.path("suppressed").valueStream().map(s -> s.path("rule").asString() + " "
                + s.path("subject").asString() + " " + s.path("reason").asString()))
                .containsExactlyInAnyOrder("container-oom-killed " + POD + " excluded with --exclude",
                        "container-crash-loop " + POD + " excluded with --exclude");
    }

    @Test
    void says_in_one_text_line_what_was_suppressed() {
        CliRun run = CliRun.withStdin("", "diagnose", "--exclude", "container-crash-loop", OOM.toString());

        assertThat(run.out().lines().filter(l -> l.startsWith("Suppressed: ")))
                .containsExactly("Suppressed: container-crash-loop on " + POD + " (excluded with --exclude)");
    }

    @Test
    void reads_exclusions_and_severities_from_the_settings_file_in_the_working_directory() throws IOException {
        Files.writeString(temp.resolve(".kube-advisor.yaml"), """
                exclude: [container-crash-loop]
                severity:
                  container-oom-killed: info
                """);

        CliRun run = CliRun.inDirectory(temp, "diagnose", "-o", "json", OOM.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode report = JSON.readTree(run.out());
        assertThat(rules(report)).contains("container-oom-killed").doesNotContain("container-crash-loop");
        assertThat(report.path("diagnoses").valueStream().filter(d -> d.path("rule").asString()
                .equals("container-oom-killed")).map(d -> d.path("severity").asString())).containsExactly("info");
        assertThat(report.path("suppressed").valueStream().map(s -> s.path("reason").asString()))
                .anyMatch(r -> r.startsWith("excluded in ") && r.endsWith(".kube-advisor.yaml"))
                .anyMatch(r -> r.startsWith("severity lowered from critical to info by "));
    }

    @Test
    void reads_the_settings_file_named_with_config() throws IOException {
        Path config = temp.resolve("team.yaml");
        Files.writeString(config, "exclude:\n  - container-oom-killed\n");

        CliRun run = CliRun.withStdin("", "diagnose", "--config", config.toString(), OOM.toString());

        assertThat(run.out()).contains("Suppressed: container-oom-killed on " + POD + " (excluded in " + config + ")");
    }

    @Test
    void names_unknown_rule_ids_from_the_command_line_and_the_settings_file() throws IOException {
        Files.writeString(temp.resolve(".kube-advisor.yaml"), "severity: {container-oom-kiled: info}\n");

        CliRun run = CliRun.inDirectory(temp, "diagnose", "--exclude", "no-such-rule", OOM.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("kube-advisor: unknown rule IDs: no-such-rule [excluded with --exclude]; "
                        + "container-oom-kiled (did you mean container-oom-killed?) [severity set by ")
                .doesNotContain("\tat ");
    }

    @Test
    void names_an_unknown_key_of_the_settings_file() throws IOException {
        Path config = temp.resolve("bad.yaml");
        Files.writeString(config, "exclude: []\nexclued: [container-oom-killed]\n");

        CliRun run = CliRun.withStdin("", "diagnose", "--config", config.toString(), OOM.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("kube-advisor: " + config + ": unknown key 'exclued' (the keys are exclude");
    }

    @Test
    void refuses_a_severity_that_does_not_exist() throws IOException {
        Path config = temp.resolve("bad.yaml");
        Files.writeString(config, "severity: {container-oom-killed: low}\n");

        CliRun run = CliRun.withStdin("", "diagnose", "--config", config.toString(), OOM.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("severity of container-oom-killed is 'low'; use critical, warning or info");
    }

    @Test
    void says_that_a_named_settings_file_does_not_exist() {
        CliRun run = CliRun.withStdin("", "diagnose", "--config", temp.resolve("none.yaml").toString(), OOM.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("none.yaml: no such file");
    }

    private static List<String> rules(JsonNode report) {
        return report.path("diagnoses").valueStream().map(d -> d.path("rule").asString()).toList();
    }
}
