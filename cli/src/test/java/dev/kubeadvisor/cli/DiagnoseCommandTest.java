package dev.kubeadvisor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class DiagnoseCommandTest {

    private static final Path FIXTURES = Path.of(System.getProperty("fixtures.dir", "../fixtures"));
    private static final Path OOM = FIXTURES.resolve("rules/container-oom-killed/fires-crash-loop-after-oom/describe.txt");
    private static final Path RUNNING = FIXTURES.resolve(
            "rules/container-crash-loop/near-miss-running-after-one-restart/describe.txt");

    @TempDir
    Path temp;

    @Test
    void reads_standard_input_and_names_the_cause_with_its_evidence_and_commands() throws IOException {
        CliRun run = CliRun.withStdin(Files.readString(OOM), "diagnose");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).contains("Verdict: unhealthy")
                .contains("container-oom-killed")
                .contains("stdin:26")
                .contains("$ kubectl logs orders-api-6b7f9c8d5-q2w8z -c orders-api --previous -n shop")
                .doesNotContain("\u001B[");
    }

    @Test
    void prints_the_report_contract_as_json_with_causes_before_symptoms() throws IOException {
        CliRun run = CliRun.withStdin("", "diagnose", "-o", "json", OOM.toString());

        JsonNode report = JsonMapper.builder().build().readTree(run.out());
        assertThat(report.path("verdict").asString()).isEqualTo("unhealthy");
        assertThat(report.path("subjects").get(0).asString()).isEqualTo("Pod/shop/orders-api-6b7f9c8d5-q2w8z");
        JsonNode main = report.path("diagnoses").get(0);
        assertThat(main.path("rule").asString()).isEqualTo("container-oom-killed");
        assertThat(main.path("symptomOf").isNull()).isTrue();
        assertThat(main.path("evidence").get(0).path("source").asString()).isEqualTo(OOM.toString());
        assertThat(main.path("remediation").get(0).path("command").asString()).contains("--previous");
        assertThat(report.path("diagnoses").get(1).path("symptomOf").asString()).isEqualTo("container-oom-killed");
        assertThat(report.has("inputs")).isTrue();
        assertThat(report.has("notes")).isTrue();
    }

    @Test
    void exits_zero_when_nothing_reaches_the_fail_on_level() {
        assertThat(CliRun.withStdin("", "diagnose", RUNNING.toString()).exitCode()).isZero();
        assertThat(CliRun.withStdin("", "diagnose", "--fail-on", "never", OOM.toString()).exitCode()).isZero();
        assertThat(CliRun.withStdin("", "diagnose", "--fail-on", "critical", OOM.toString()).exitCode()).isEqualTo(1);
    }

    @Test
    void reads_several_files_and_names_each_in_the_evidence() {
        CliRun run = CliRun.withStdin("", "diagnose", "-o", "json", RUNNING.toString(), OOM.toString());

        assertThat(run.out()).contains(RUNNING.toString()).contains(OOM.toString());
    }

    @Test
    void says_in_one_line_that_the_input_is_empty() {
        assertOneLineError(CliRun.withStdin("", "diagnose"), "the input is empty");
    }

    @Test
    void says_in_one_line_that_a_file_does_not_exist() {
        assertOneLineError(CliRun.withStdin("", "diagnose", "no-such-file.txt"), "no-such-file.txt: no such file");
    }

    @Test
    void says_in_one_line_that_the_input_is_binary() {
        assertOneLineError(CliRun.run(new byte[] {0x7f, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0}, "diagnose"),
                "binary data");
    }

    @Test
    void refuses_input_over_ten_mebibytes_without_reading_it_all() throws IOException {
        Path huge = temp.resolve("huge.txt");
        Files.writeString(huge, "Name: x\n" + "a".repeat(10 * 1024 * 1024 + 10));
        assertOneLineError(CliRun.withStdin("", "diagnose", huge.toString()), "larger than the 10 MiB limit");
    }

    @Test
    void says_in_one_line_that_text_is_not_kubectl_output() {
        assertOneLineError(CliRun.withStdin("Dear diary, today the cluster was fine.\n", "diagnose"),
                "no kubectl output recognised");
    }

    @Test
    void rejects_an_unknown_option_with_usage_help() {
        CliRun run = CliRun.withStdin("", "diagnose", "--colour-me-surprised");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("Unknown option").contains("--help");
    }

    @Test
    void rejects_an_unknown_output_format() {
        CliRun run = CliRun.withStdin("", "diagnose", "-o", "yaml", OOM.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("yaml");
    }

    private static void assertOneLineError(CliRun run, String message) {
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith("kube-advisor: ").contains(message).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(run.err().strip().lines()).hasSize(1);
    }
}
