package dev.kubeadvisor.report;

import java.util.List;

/**
 * One conclusion of the advisor about one subject. {@code symptomOf} names the rule of the cause this diagnosis is
 * a symptom of, or is {@code null} for a cause.
 */
public record Diagnosis(String rule, String severity, String category, String title, String subject,
                        String container, String summary, String explanation, String confidence,
                        List<Evidence> evidence, List<RemediationStep> remediation, String symptomOf,
                        List<String> docs) {

    public boolean isCause() {
        return symptomOf == null;
    }

    public Diagnosis asSymptomOf(String cause) {
        return new Diagnosis(rule, severity, category, title, subject, container, summary, explanation, confidence,
                evidence, remediation, cause, docs);
    }
}
