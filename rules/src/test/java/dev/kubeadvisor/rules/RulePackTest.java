package dev.kubeadvisor.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kubeadvisor.Advisor;
import dev.kubeadvisor.Snapshot;
import dev.kubeadvisor.engine.Engine;
import dev.kubeadvisor.golden.GoldenCase;
import dev.kubeadvisor.golden.GoldenCheck;
import dev.kubeadvisor.pack.RulePackException;
import dev.kubeadvisor.report.Diagnosis;
import dev.kubeadvisor.report.Report;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.junit.jupiter.api.Test;

/** Custom rule packs loaded through the library: one KieBase with the built-in rules, checked like the catalogue. */
class RulePackTest {

    private static final Path EXAMPLE = FixtureCase.root().resolveSibling("examples").resolve("rule-pack");
    private static final Path PACKS = Path.of("src/test/resources/packs");
    private static final Path OOM = FixtureCase.root().resolve(
            "rules/container-oom-killed/fires-crash-loop-after-oom/describe.txt");

    @Test
    void the_example_pack_passes_its_own_fixtures_with_the_built_in_rules_beside_it() {
        long start = System.nanoTime();
        Advisor advisor = Advisor.builder().withBuiltInRules().withRulePack(EXAMPLE).build();
        long millis = (System.nanoTime() - start) / 1_000_000;

        assertThat(advisor.rules()).containsKey("team-image-unapproved-registry").containsKey("container-oom-killed");
        List<GoldenCase> cases = GoldenCase.ruleCasesBelow(EXAMPLE);
        assertThat(cases).extracting(GoldenCase::name).anyMatch(n -> n.contains("/fires-"))
                .anyMatch(n -> n.contains("/near-miss-"));
        for (GoldenCase fixture : cases) {
            Report report = advisor.diagnose(Snapshot.fromInputs(fixture.textInputs()));
            assertThat(GoldenCheck.problems(fixture, report)).as("%s (pack loaded in %d ms)%nfired: %s",
                    fixture.name(), millis, GoldenCheck.fired(report)).isEmpty();
        }
    }

    @Test
    void the_built_in_rules_stay_the_precompiled_executable_model_with_the_pack_compiler_on_the_classpath() {
        RuleImpl rule = (RuleImpl) Engine.newBuiltInKieBase().getRule("dev.kubeadvisor.rules.container",
                "container-oom-killed");

        assertThat(rule.getConsequence().getClass().getName()).startsWith("org.drools.modelcompiler.");
    }

    @Test
    void a_custom_rule_matches_the_signals_of_the_built_in_rules() throws IOException {
        Advisor advisor = Advisor.builder().withBuiltInRules().withRulePack(PACKS.resolve("signal-user")).build();

        Report report = advisor.diagnose(Snapshot.fromText(Files.readString(OOM)));

        assertThat(report.diagnoses()).extracting(Diagnosis::rule)
                .contains("team-crash-loop-page-oncall", "container-oom-killed");
        Diagnosis page = report.diagnoses().stream().filter(d -> d.rule().equals("team-crash-loop-page-oncall"))
                .findFirst().orElseThrow();
        assertThat(page.remediation().get(0).command())
                .isEqualTo("oncall page --pod orders-api-6b7f9c8d5-q2w8z -n shop");
    }

    @Test
    void a_pack_alone_runs_without_the_built_in_rules() throws IOException {
        Advisor advisor = Advisor.builder().withRulePack(EXAMPLE).build();

        assertThat(advisor.rules()).containsOnlyKeys("team-image-unapproved-registry");
        assertThat(advisor.diagnose(Snapshot.fromText(Files.readString(OOM))).diagnoses())
                .extracting(Diagnosis::rule).doesNotContain("container-oom-killed");
    }

    @Test
    void a_compile_error_names_the_file_and_line() {
        assertThatThrownBy(() -> Advisor.builder().withBuiltInRules().withRulePack(PACKS.resolve("broken")).build())
                .isInstanceOf(RulePackException.class)
                .hasMessageContaining(PACKS.resolve("broken/team-broken.drl") + ":10: ")
                .hasMessageContaining("noSuchField");
    }

    @Test
    void a_rule_id_defined_twice_fails_naming_both_places() {
        assertThatThrownBy(() -> Advisor.builder().withBuiltInRules().withRulePack(PACKS.resolve("duplicate")).build())
                .isInstanceOf(RulePackException.class)
                .hasMessageContaining("rule \"container-oom-killed\" is defined twice")
                .hasMessageContaining("the built-in rules (package dev.kubeadvisor.rules.container)")
                .hasMessageContaining(PACKS.resolve("duplicate/container/container-oom-killed.drl").toString());
    }

    @Test
    void the_same_pack_given_twice_is_a_duplicate_too() {
        assertThatThrownBy(() -> Advisor.builder().withRulePack(EXAMPLE).withRulePack(EXAMPLE).build())
                .isInstanceOf(RulePackException.class)
                .hasMessageContaining("rule \"team-image-unapproved-registry\" is defined twice");
    }

    @Test
    void rule_metadata_is_checked_as_the_catalogue_conventions_test_checks_it() {
        String file = PACKS.resolve("incomplete/team-incomplete.drl").toString();

        assertThatThrownBy(() -> Advisor.builder().withBuiltInRules().withRulePack(PACKS.resolve("incomplete")).build())
                .isInstanceOf(RulePackException.class)
                .hasMessageContaining(file + ": unknown metadata @colour")
                .hasMessageContaining(file + ": no @category")
                .hasMessageContaining(file + ": no @title")
                .hasMessageContaining(file + ": no @explanation")
                .hasMessageContaining(file + ": @docs must list https links")
                .hasMessageContaining(file + ": needs an @stepN with a `command`");
    }

    @Test
    void a_folder_that_does_not_exist_is_a_clear_error() {
        assertThatThrownBy(() -> Advisor.builder().withRulePack(PACKS.resolve("no-such-pack")).build())
                .isInstanceOf(RulePackException.class)
                .hasMessage("rule pack: " + PACKS.resolve("no-such-pack") + ": no such folder");
    }
}
