package dev.kubeadvisor.render;

import dev.kubeadvisor.report.Diagnosis;
import dev.kubeadvisor.report.Evidence;
import dev.kubeadvisor.report.RemediationStep;
import dev.kubeadvisor.report.Report;
import dev.kubeadvisor.report.Suppressed;
import java.util.List;

/**
 * The report for a chat message or a ticket: the main diagnosis first with its evidence as code and its commands in
 * fenced blocks, then the other findings as a list, then what was suppressed.
 */
public final class MarkdownRenderer implements Renderer {

    @Override
    public String render(Report report) {
        StringBuilder out = new StringBuilder();
        out.append("## kube-advisor: ").append(report.verdict()).append("\n\n");
        out.append("Subjects: ").append(String.join(", ", report.subjects().stream().map(MarkdownRenderer::code)
                .toList())).append('\n');
        List<Diagnosis> diagnoses = report.diagnoses();
        if (!diagnoses.isEmpty()) {
            main(out, diagnoses.get(0));
        }
        if (diagnoses.size() > 1) {
            out.append("\n### Other findings\n\n");
            diagnoses.subList(1, diagnoses.size()).forEach(d -> listItem(out, d));
        }
        if (!report.suppressed().isEmpty()) {
            out.append("\n### Suppressed\n\n");
            for (Suppressed s : report.suppressed()) {
                out.append("- ").append(code(s.rule())).append(" on ").append(code(s.subject())).append(": ")
                        .append(s.reason()).append('\n');
            }
        }
        return out.toString();
    }

    private static void main(StringBuilder out, Diagnosis d) {
        out.append("\n### ").append(d.severity().toUpperCase()).append(": ").append(d.title()).append("\n\n");
        out.append("Rule ").append(code(d.rule())).append(" on ").append(code(d.subject()));
        if (d.container() != null) {
            out.append(", container ").append(code(d.container()));
        }
        out.append(" (confidence ").append(d.confidence()).append(")\n\n");
        out.append(d.summary()).append('\n');
        if (d.explanation() != null) {
            out.append("\n**Why:** ").append(d.explanation()).append('\n');
        }
        if (!d.evidence().isEmpty()) {
            out.append("\n**Evidence**\n\n");
            StringBuilder lines = new StringBuilder();
            for (Evidence e : d.evidence()) {
                lines.append(e.source()).append(':').append(e.line()).append("  ").append(e.text()).append('\n');
            }
            fenced(out, "text", lines.toString());
        }
        if (!d.remediation().isEmpty()) {
            out.append("\n**Fix**\n\n");
            numberedSteps(out, d.remediation());
        }
        if (!d.docs().isEmpty()) {
            out.append("\nDocs: ").append(String.join(" ", d.docs())).append('\n');
        }
    }

    /** Numbered steps, each command in a fenced block under its step. */
    static void numberedSteps(StringBuilder out, List<RemediationStep> steps) {
        int number = 1;
        for (RemediationStep step : steps) {
            out.append(number++).append(". ").append(step.step()).append('\n');
            if (step.command() != null) {
                out.append('\n');
                fenced(out, "sh", step.command() + "\n", "   ");
            }
        }
    }

    private static void listItem(StringBuilder out, Diagnosis d) {
        out.append("- **").append(d.severity()).append("** ").append(code(d.rule())).append(" on ")
                .append(code(d.subject()));
        if (d.container() != null) {
            out.append(" [").append(code(d.container())).append(']');
        }
        if (!d.isCause()) {
            out.append(" (symptom of ").append(code(d.symptomOf())).append(')');
        }
        out.append(": ").append(d.summary()).append('\n');
    }

    private static void fenced(StringBuilder out, String language, String body) {
        fenced(out, language, body, "");
    }

    /** A fence longer than any run of backticks in the body, so no input line can close it early. */
    private static void fenced(StringBuilder out, String language, String body, String indent) {
        String fence = "`".repeat(Math.max(3, longestBacktickRun(body) + 1));
        out.append(indent).append(fence).append(language).append('\n');
        body.lines().forEach(line -> out.append(indent).append(line).append('\n'));
        out.append(indent).append(fence).append('\n');
    }

    private static String code(String text) {
        String ticks = "`".repeat(longestBacktickRun(text) + 1);
        String padding = text.startsWith("`") || text.endsWith("`") ? " " : "";
        return ticks + padding + text + padding + ticks;
    }

    private static int longestBacktickRun(String text) {
        int longest = 0;
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            run = text.charAt(i) == '`' ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        return longest;
    }
}
