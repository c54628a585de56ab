package dev.kubeadvisor.http;

import dev.kubeadvisor.report.Diagnosis;
import dev.kubeadvisor.report.Evidence;
import dev.kubeadvisor.report.Report;
import java.util.List;
import java.util.Optional;

/**
 * What a chat message says about a report: the main diagnosis (the report's first cause) and every other finding,
 * so that Slack blocks and chat Markdown tell the same story.
 */
record ChatSummary(String verdict, List<String> subjects, Optional<Diagnosis> main, List<Diagnosis> others) {

    /** Chat messages stay short: at most this many evidence lines and other findings are listed. */
    static final int LISTED = 10;

    static ChatSummary of(Report report) {
        Optional<Diagnosis> main = report.diagnoses().stream().filter(Diagnosis::isCause).findFirst();
        List<Diagnosis> others = report.diagnoses().stream().filter(d -> main.map(m -> m != d).orElse(true)).toList();
        return new ChatSummary(report.verdict(), report.subjects(), main, others);
    }

    String headline() {
        return "kube-advisor: " + verdict + " (" + String.join(", ", subjects) + ")";
    }

    static String evidenceLine(Evidence e) {
        return e.source() + ":" + e.line() + "  " + e.text();
    }

    static String otherLine(Diagnosis d) {
        return d.rule() + " (" + d.severity() + (d.isCause() ? "" : ", symptom of " + d.symptomOf()) + ") "
                + d.subject() + ": " + d.summary();
    }
}
