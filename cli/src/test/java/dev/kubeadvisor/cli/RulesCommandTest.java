package dev.kubeadvisor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class RulesCommandTest {

    static final Path EXAMPLE_PACK = Path.of(System.getProperty("fixtures.dir", "../fixtures"))
            .resolveSibling("examples").resolve("rule-pack");

    @TempDir
    Path temp;

    @Test
    void lists_every_rule_as_a_table_of_id_severity_category_and_title() {
        CliRun run = CliRun.withStdin("", "rules", "list");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out().lines().findFirst()).get().asString()
                .matches("ID\\s+SEVERITY\\s+CATEGORY\\s+TITLE");
        assertThat(run.out()).containsPattern("(?m)^container-oom-killed\\s+critical\\s+container\\s+The container "
                + "was killed for using more memory");
    }

    @Test
    void lists_the_rules_as_json_with_their_metadata() {
        JsonNode rules = JsonMapper.builder().build().readTree(CliRun.withStdin("", "rules", "list", "-o", "json").out());

        JsonNode oom = null;
        for (JsonNode rule : rules) {
            if (rule.path("id").asString().equals("container-oom-killed")) {
                oom = rule;
            }
        }
        assertThat(oom).isNotNull();
        assertThat(oom.path("severity").asString()).isEqualTo("critical");
        assertThat(oom.path("category").asString()).isEqualTo("container");
        assertThat(oom.path("remediation").get(0).path("command").asString()).contains("{pod}");
    }

    @Test
    void lists_a_custom_pack_rule_beside_the_built_in_ones() {
        CliRun run = CliRun.withStdin("", "rules", "list", "--rules", EXAMPLE_PACK.toString());

        assertThat(run.out()).contains("team-image-unapproved-registry").contains("container-oom-killed");
    }

    @Test
    void shows_everything_about_one_rule_with_its_remediation_templates() {
        CliRun run = CliRun.withStdin("", "rules", "show", "container-oom-killed");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Severity: critical").contains("Category: container")
                .contains("Why: The kernel's OOM killer")
                .contains("Supersedes: container-crash-loop")
                .contains("$ kubectl top pod {pod} -n {namespace} --containers")
                .contains("Docs: https://kubernetes.io/");
    }

    @Test
    void suggests_the_closest_ids_for_an_unknown_one_and_exits_2() {
        CliRun run = CliRun.withStdin("", "rules", "show", "container-oom-kiled");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith("kube-advisor: unknown rule ID: container-oom-kiled (did you mean "
                + "container-oom-killed");
    }

    @Test
    void passes_the_example_pack_fixtures() {
        CliRun run = CliRun.withStdin("", "rules", "test", EXAMPLE_PACK.toString());

        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        assertThat(run.out()).contains("PASS team-image-unapproved-registry/fires-image-from-docker-hub")
                .contains("PASS team-image-unapproved-registry/near-miss-image-from-team-registry")
                .contains("2 passed, 0 failed, 0 skipped");
    }

    @Test
    void fails_a_case_whose_expectation_is_wrong_with_the_difference_and_exit_1() throws IOException {
        Path pack = copyOfExamplePack();
        Path expected = pack.resolve("team-image-unapproved-registry/near-miss-image-from-team-registry/expected.json");
        Files.writeString(expected, Files.readString(expected).replace("\"healthy\"", "\"container-oom-killed\""));

        CliRun run = CliRun.withStdin("", "rules", "test", pack.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("FAIL team-image-unapproved-registry/near-miss-image-from-team-registry")
                .contains("missing: container-oom-killed Pod/shop/orders-api-6b7f9c8d5-q2w8z")
                .contains("unexpected: healthy Pod/shop/orders-api-6b7f9c8d5-q2w8z")
                .contains("1 passed, 1 failed");
    }

    @Test
    void writes_the_expected_files_with_update_so_that_the_cases_then_pass() throws IOException {
        Path pack = copyOfExamplePack();
        Path expected = pack.resolve("team-image-unapproved-registry/fires-image-from-docker-hub/expected.json");
        Files.delete(expected);

        CliRun update = CliRun.withStdin("", "rules", "test", "--update", pack.toString());

        assertThat(update.out()).contains("WROTE " + expected);
        assertThat(Files.readString(expected)).contains("\"rule\" : \"team-image-unapproved-registry\"");
        assertThat(CliRun.withStdin("", "rules", "test", pack.toString()).exitCode()).isZero();
    }

    @Test
    void reports_a_pack_that_does_not_compile_as_a_usage_error_naming_file_and_line() throws IOException {
        Path pack = copyOfExamplePack();
        Path rule = pack.resolve("team/team-image-unapproved-registry.drl");
        Files.writeString(rule, Files.readString(rule).replace("image != null", "imag != null"));

        CliRun run = CliRun.withStdin("", "rules", "test", pack.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("kube-advisor: rule pack: " + rule + ":17: ").doesNotContain("\tat ");
    }

    @Test
    void prints_the_catalogue_page_that_docs_rules_md_holds() throws IOException {
        Path fixtures = Path.of(System.getProperty("fixtures.dir", "../fixtures"));
        CliRun run = CliRun.withStdin("", "rules", "docs", "--fixtures", fixtures.resolve("rules").toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo(Files.readString(fixtures.resolveSibling("docs").resolve("rules.md")));
    }

    private Path copyOfExamplePack() throws IOException {
        Path copy = temp.resolve("rule-pack");
        try (var files = Files.walk(EXAMPLE_PACK)) {
            for (Path source : files.toList()) {
                Files.copy(source, copy.resolve(EXAMPLE_PACK.relativize(source).toString()));
            }
        }
        return copy;
    }
}
