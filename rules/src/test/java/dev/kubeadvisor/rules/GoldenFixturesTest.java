package dev.kubeadvisor.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kubeadvisor.Advisor;
import dev.kubeadvisor.Snapshot;
import dev.kubeadvisor.input.InputDocument;
import dev.kubeadvisor.report.Diagnosis;
import dev.kubeadvisor.report.RemediationStep;
import dev.kubeadvisor.report.Report;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The golden harness: every fixture folder's input must give exactly the diagnoses of its {@code expected.json}.
 * Run with {@code -Dgolden.update=true} to rewrite the expected files from what the rules now say (then review
 * the diff).
 */
class GoldenFixturesTest {

    static final Advisor ADVISOR = Advisor.builder().withBuiltInRules().build();
    private static final boolean UPDATE = Boolean.getBoolean("golden.update");

    @TestFactory
    Stream<DynamicTest> every_text_fixture_yields_exactly_its_expected_diagnoses() {
        return FixtureCase.all().stream().filter(c -> !c.hasObjects())
                .map(c -> DynamicTest.dynamicTest(c.name(), () -> check(c, c.textInputs())));
    }

    static void check(FixtureCase fixture, List<InputDocument> inputs) throws Exception {
        Report report = ADVISOR.diagnose(Snapshot.fromInputs(inputs));
        if (UPDATE) {
            Files.writeString(fixture.expectedFile(), ExpectedDiagnoses.describe(report));
            return;
        }
        assertThat(fixture.expectedFile()).as("%s has no expected.json: write it with -Dgolden.update=true",
                fixture.name()).exists();
        List<String> problems = new ArrayList<>(ExpectedDiagnoses.read(fixture.expectedFile()).differences(report));
        problems.addAll(contractViolations(report));
        if (fixture.isNearMiss()) {
            report.diagnoses().stream().filter(d -> d.rule().equals(fixture.ruleId()))
                    .forEach(d -> problems.add("near miss, yet " + d.rule() + " fired on " + d.subject()));
        } else if (fixture.ruleId() != null
                && report.diagnoses().stream().noneMatch(d -> d.rule().equals(fixture.ruleId()))) {
            problems.add(fixture.ruleId() + " did not fire");
        }
        assertThat(problems).as("%s%nfired: %s", fixture.name(), fired(report)).isEmpty();
    }

    /** What every diagnosis owes the user, whatever the fixture says. */
    static List<String> contractViolations(Report report) {
        List<String> problems = new ArrayList<>();
        for (Diagnosis d : report.diagnoses()) {
            if (d.evidence().isEmpty() && !d.rule().equals("healthy")) {
                problems.add(d.rule() + " cites no evidence");
            }
            if (d.isCause() && !d.rule().equals("healthy") && d.remediation().stream()
                    .noneMatch(step -> step.command() != null)) {
                problems.add(d.rule() + " gives no command to run");
            }
            for (RemediationStep step : d.remediation()) {
                if (step.command() != null && step.command().matches(".*\\{[a-zA-Z]+}.*")) {
                    problems.add(d.rule() + " left a placeholder unfilled: " + step.command());
                }
            }
            if (d.docs().isEmpty()) {
                problems.add(d.rule() + " links no docs");
            }
        }
        return problems;
    }

    static String fired(Report report) {
        StringBuilder text = new StringBuilder();
        report.diagnoses().forEach(d -> text.append("\n  ").append(d.rule()).append(' ').append(d.subject())
                .append(d.container() == null ? "" : " [" + d.container() + "]")
                .append(d.symptomOf() == null ? "" : " symptomOf=" + d.symptomOf())
                .append(" lines=").append(d.evidence().stream().map(e -> e.line()).toList()));
        return text.toString();
    }
}
