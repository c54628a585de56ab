package dev.kubeadvisor.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.kubeadvisor.DiagnoseOptions;
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
    void the_healthy_result_is_no_finding_to_fail_on() {
        Report healthy = builder.build(List.of(POD), List.of(), new Engine.Conclusions(List.of(), List.of()),
                List.of(), List.of(), DiagnoseOptions.none());
        Report infoOnly = report(finding(Severity.INFO));

        assertThat(healthy.diagnoses()).extracting(Diagnosis::rule).containsExactly("healthy");
        assertThat(healthy.worstSeverity()).isEmpty();
        assertThat(infoOnly.worstSeverity()).contains(Severity.INFO);
    }

    @Test
    void a_critical_symptom_counts_at_the_severity_of_its_info_cause() {
        Map<String, RuleInfo> rules = Map.of(
                "container-crash-loop", rule("container-crash-loop", List.of(), true),
                "container-exit-app-error", rule("container-exit-app-error", List.of("container-crash-loop"), false));
        Finding hygiene = new Finding("container-exit-app-error", POD, "db-migrate", "info cause", Severity.INFO,
                null, List.of(EXIT_CODE), Map.of("pod", POD.name()), true);

        Report report = new ReportBuilder(rules).build(List.of(POD), List.of(),
                new Engine.Conclusions(List.of(findingOf("container-crash-loop"), hygiene), List.of()), List.of(),
                List.of(), DiagnoseOptions.none());

        assertThat(report.diagnoses()).extracting(Diagnosis::rule, Diagnosis::symptomOf)
                .contains(tuple("container-crash-loop", "container-exit-app-error"));
        assertThat(report.worstSeverity()).contains(Severity.INFO);
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
                new Engine.Conclusions(findings, List.of()), List.of(), List.of(), DiagnoseOptions.none());

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
                List.of(), List.of(), DiagnoseOptions.none());

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

    @Test
    void lists_what_an_excluded_rule_would_have_said_instead_of_diagnosing_it() {
        Report report = report(finding(null), DiagnoseOptions.none().exclude(List.of("container-exit-app-error"),
                "excluded with --exclude"));

        assertThat(report.diagnoses()).extracting(Diagnosis::rule).doesNotContain("container-exit-app-error");
        assertThat(report.suppressed()).containsExactly(new Suppressed("container-exit-app-error", POD.key(),
                "excluded with --exclude"));
    }

    @Test
    void lists_a_lowered_severity_as_suppressed_and_reports_the_diagnosis_at_the_new_severity() {
        Report report = report(finding(null), DiagnoseOptions.none().severity("container-exit-app-error",
                Severity.INFO, ".kube-advisor.yaml"));

        assertThat(report.diagnoses()).filteredOn(d -> d.rule().equals("container-exit-app-error"))
                .extracting(Diagnosis::severity).containsExactly("info");
        assertThat(report.suppressed()).extracting(Suppressed::reason)
                .containsExactly("severity lowered from critical to info by .kube-advisor.yaml");
    }

    @Test
    void does_not_list_a_raised_severity_as_suppressed() {
        Report report = report(finding(Severity.WARNING), DiagnoseOptions.none().severity("container-exit-app-error",
                Severity.CRITICAL, ".kube-advisor.yaml"));

        assertThat(report.diagnoses().get(0).severity()).isEqualTo("critical");
        assertThat(report.suppressed()).isEmpty();
    }

    private Report report(Finding finding) {
        return report(finding, DiagnoseOptions.none());
    }

    private Report report(Finding finding, DiagnoseOptions options) {
        return builder.build(List.of(POD), List.of(), new Engine.Conclusions(List.of(finding), List.of()),
                List.of(), List.of(), options);
    }

    private static Finding finding(Severity severity) {
        return new Finding("container-exit-app-error", POD, "orders-api", "exited with code 1", severity, null,
                List.of(EXIT_CODE), Map.of("pod", POD.name()), true);
    }
}
