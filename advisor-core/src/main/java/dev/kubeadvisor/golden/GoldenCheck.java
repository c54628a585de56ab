package dev.kubeadvisor.golden;

import dev.kubeadvisor.report.Diagnosis;
import dev.kubeadvisor.report.Evidence;
import dev.kubeadvisor.report.RemediationStep;
import dev.kubeadvisor.report.Report;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JacksonException;

/**
 * The golden comparison, shared by the built-in catalogue's tests and {@code kube-advisor rules test}: a case's
 * report must give exactly the diagnoses of its {@code expected.json}, keep the output contract, and fire (or,
 * for a near miss, not fire) the case's rule.
 */
public final class GoldenCheck {

    private static final String HEALTHY = "healthy";

    private GoldenCheck() {
    }

    /** Every way the report misses the case, one per line; empty when it matches. */
    public static List<String> problems(GoldenCase fixture, Report report) {
        List<String> problems = new ArrayList<>();
        if (!Files.exists(fixture.expectedFile())) {
            problems.add("no " + GoldenCase.EXPECTED + " in " + fixture.folder());
        } else {
            try {
                problems.addAll(ExpectedDiagnoses.read(fixture.expectedFile()).differences(report));
            } catch (IOException | JacksonException e) {
                problems.add(fixture.expectedFile() + " cannot be read: " + e.getMessage());
            }
        }
        problems.addAll(contractViolations(report));
        if (fixture.ruleId() == null) {
            return problems;
        }
        if (fixture.isNearMiss()) {
            report.diagnoses().stream().filter(d -> d.rule().equals(fixture.ruleId()))
                    .forEach(d -> problems.add("near miss, yet " + d.rule() + " fired on " + d.subject()));
        } else if (report.diagnoses().stream().noneMatch(d -> d.rule().equals(fixture.ruleId()))) {
            problems.add(fixture.ruleId() + " did not fire");
        }
        return problems;
    }

    /** What every diagnosis owes the user, whatever the case says. */
    public static List<String> contractViolations(Report report) {
        List<String> problems = new ArrayList<>();
        for (Diagnosis d : report.diagnoses()) {
            if (d.evidence().isEmpty() && !d.rule().equals(HEALTHY)) {
                problems.add(d.rule() + " cites no evidence");
            }
            if (d.isCause() && !d.rule().equals(HEALTHY) && d.remediation().stream()
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

    /** The diagnoses of a report, one per line, as a reader of a failed case needs them. */
    public static String fired(Report report) {
        StringBuilder text = new StringBuilder();
        report.diagnoses().forEach(d -> text.append("\n  ").append(d.rule()).append(' ').append(d.subject())
                .append(d.container() == null ? "" : " [" + d.container() + "]")
                .append(d.symptomOf() == null ? "" : " symptomOf=" + d.symptomOf())
                .append(" lines=").append(d.evidence().stream().map(Evidence::line).toList()));
        return text.toString();
    }
}
