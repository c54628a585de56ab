package dev.kubeadvisor.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.kubeadvisor.engine.Confidence;
import dev.kubeadvisor.engine.Engine;
import dev.kubeadvisor.engine.Finding;
import dev.kubeadvisor.engine.RuleInfo;
import dev.kubeadvisor.engine.Severity;
import dev.kubeadvisor.model.ObjectRef;
import dev.kubeadvisor.model.SourceLine;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReportBuilderTest {

    private static final ObjectRef POD = ObjectRef.pod("shop", "orders-api-6b7f9c8d5-q2w8z");
    private static final SourceLine EXIT_CODE = new SourceLine("describe.txt", 26, "      Exit Code:    1");

    private final ReportBuilder builder = new ReportBuilder(Map.of("container-exit-app-error",
            new RuleInfo("container-exit-app-error", Severity.CRITICAL, "container", "title", "explanation",
                    List.of("https://kubernetes.io/"), Confidence.MEDIUM, List.of(), false, List.of(),
                    "dev.kubeadvisor.rules.container")));

    @Test
    void reports_the_rule_severity_when_the_finding_keeps_it() {
        Report report = report(finding(null));

        assertThat(report.diagnoses()).singleElement().extracting(Diagnosis::severity).isEqualTo("critical");
    }

    @Test
    void reports_the_severity_a_finding_overrides() {
        Report report = report(finding(Severity.WARNING));

        assertThat(report.diagnoses()).singleElement().extracting(Diagnosis::severity).isEqualTo("warning");
        assertThat(report.verdict()).isEqualTo("unhealthy");
    }

    @Test
    void lowered_to_info_a_finding_no_longer_makes_the_pod_unhealthy() {
        Report report = report(finding(Severity.INFO));

        assertThat(report.verdict()).isEqualTo("healthy");
        assertThat(report.diagnoses()).extracting(Diagnosis::rule)
                .containsExactly("healthy", "container-exit-app-error");
    }

    @Test
    void a_symptom_names_the_root_of_its_chain_of_causes() {
        Map<String, RuleInfo> rules = Map.of(
                "container-crash-loop", rule("container-crash-loop", List.of(), true),
                "container-exit-app-error", rule("container-exit-app-error", List.of("container-crash-loop"), false),
                "container-init-failed", rule("container-init-failed",
                        List.of("container-crash-loop", "container-exit-app-error"), false));
        List<Finding> findings = List.of(findingOf("container-crash-loop"), findingOf("container-exit-app-error"),
                findingOf("container-init-failed"));

        Report report = new ReportBuilder(rules).build(List.of(POD), List.of(),
                new Engine.Conclusions(findings, List.of()), List.of(), List.of());

        assertThat(report.diagnoses()).extracting(Diagnosis::rule, Diagnosis::symptomOf).containsExactly(
                tuple("container-init-failed", null),
                tuple("container-crash-loop", "container-init-failed"),
                tuple("container-exit-app-error", "container-init-failed"));
    }

    @Test
    void a_finding_that_explains_no_symptom_leaves_the_symptom_a_cause() {
        Map<String, RuleInfo> rules = Map.of(
                "container-restarted", rule("container-restarted", List.of(), false),
                "log-dependency-refused", rule("log-dependency-refused", List.of("container-restarted"), false));
        Finding currentRunLog = new Finding("log-dependency-refused", POD, "db-migrate", "refused", Severity.INFO, null,
                List.of(EXIT_CODE), Map.of("pod", POD.name()), false);

        Report report = new ReportBuilder(rules).build(List.of(POD), List.of(),
                new Engine.Conclusions(List.of(findingOf("container-restarted"), currentRunLog), List.of()),
                List.of(), List.of());

        assertThat(report.diagnoses()).extracting(Diagnosis::rule, Diagnosis::symptomOf).containsExactly(
                tuple("container-restarted", null), tuple("log-dependency-refused", null));
    }

    private static RuleInfo rule(String id, List<String> supersedes, boolean generic) {
        return new RuleInfo(id, Severity.CRITICAL, "container", "title", "explanation", List.of("https://kubernetes.io/"),
                Confidence.HIGH, supersedes, generic, List.of(), "dev.kubeadvisor.rules.container");
    }

    private static Finding findingOf(String rule) {
        return new Finding(rule, POD, "db-migrate", rule, null, null, List.of(EXIT_CODE), Map.of("pod", POD.name()), true);
    }

    private Report report(Finding finding) {
        return builder.build(List.of(POD), List.of(), new Engine.Conclusions(List.of(finding), List.of()),
                List.of(), List.of());
    }

    private static Finding finding(Severity severity) {
        return new Finding("container-exit-app-error", POD, "orders-api", "exited with code 1", severity, null,
                List.of(EXIT_CODE), Map.of("pod", POD.name()), true);
    }
}
