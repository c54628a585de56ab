package dev.kubeadvisor.http;

import dev.kubeadvisor.report.Diagnosis;
import dev.kubeadvisor.report.RemediationStep;

/** A report as a short Markdown chat message: the same parts as the Slack answer, in CommonMark. */
final class ChatMarkdown {

    private ChatMarkdown() {
    }

    static String of(ChatSummary summary) {
        StringBuilder out = new StringBuilder("**").append(summary.headline()).append("**\n\n");
        summary.main().ifPresentOrElse(main -> mainDiagnosis(out, main),
                () -> out.append("No cause found: the verdict is **").append(summary.verdict()).append("**.\n"));
        if (!summary.others().isEmpty()) {
            out.append("\n**Other findings**\n\n");
            summary.others().stream().limit(ChatSummary.LISTED)
                    .forEach(d -> out.append("- ").append(ChatSummary.otherLine(d)).append('\n'));
        }
        return out.toString();
    }

    private static void mainDiagnosis(StringBuilder out, Diagnosis main) {
        out.append("**").append(main.severity().toUpperCase()).append("** `").append(main.rule()).append("` ")
                .append(main.subject()).append(main.container() == null ? "" : " [" + main.container() + "]")
                .append("\n\n**").append(main.title()).append("**\n\n").append(main.summary()).append('\n');
        if (main.explanation() != null) {
            out.append('\n').append(main.explanation()).append('\n');
        }
        if (!main.evidence().isEmpty()) {
            out.append("\n**Evidence**\n\n```\n");
            main.evidence().stream().limit(ChatSummary.LISTED)
                    .forEach(e -> out.append(ChatSummary.evidenceLine(e)).append('\n'));
            out.append("```\n");
        }
        if (!main.remediation().isEmpty()) {
            out.append("\n**Fix**\n\n");
            int number = 1;
            for (RemediationStep step : main.remediation()) {
                out.append(number++).append(". ").append(step.step()).append('\n');
                if (step.command() != null) {
                    out.append("   ```\n   ").append(step.command()).append("\n   ```\n");
                }
            }
        }
    }
}
