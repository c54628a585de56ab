package dev.kubeadvisor.http;

import dev.kubeadvisor.engine.RuleInfo;
import dev.kubeadvisor.report.RemediationStep;
import java.util.List;

/** A rule as {@code GET /v1/rules} shows it: its metadata, and its remediation steps with their placeholders. */
record RuleView(String id, String severity, String category, String title, String explanation, String confidence,
                List<String> supersedes, List<RemediationStep> remediation, List<String> docs) {

    static RuleView of(RuleInfo rule) {
        return new RuleView(rule.id(), rule.severity().label(), rule.category(), rule.title(), rule.explanation(),
                rule.confidence().label(), rule.supersedes(),
                rule.remediation().stream().map(t -> new RemediationStep(t.step(), t.command())).toList(),
                rule.docs());
    }
}
