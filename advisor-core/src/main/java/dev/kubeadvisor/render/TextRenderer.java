package dev.kubeadvisor.render;

import dev.kubeadvisor.input.Note;
import dev.kubeadvisor.report.Diagnosis;
import dev.kubeadvisor.report.Evidence;
import dev.kubeadvisor.report.InputSummary;
import dev.kubeadvisor.report.RemediationStep;
import dev.kubeadvisor.report.Report;
import java.util.List;

/**
 * The report for a person at a terminal: the main answer first, its evidence and the commands to run, then the
 * symptoms and other findings, then what was suppressed (one line) and what was ignored. Colour only when asked
 * (a TTY without {@code NO_COLOR}).
 */
public final class TextRenderer implements Renderer {

    private static final int NOTES_SHOWN = 5;

    private final boolean colour;

    public TextRenderer(boolean colour) {
        this.colour = colour;
    }

    @Override
    public String render(Report report) {
        StringBuilder out = new StringBuilder();
        out.append(bold("Verdict: " + report.verdict())).append("  (").append(String.join(", ", report.subjects()))
                .append(")\n");
        inputs(out, report.inputs());
        for (Diagnosis diagnosis : report.diagnoses()) {
            out.append('\n');
            diagnosis(out, diagnosis);
        }
        if (!report.suppressed().isEmpty()) {
            out.append('\n').append(dim("Suppressed: " + String.join("; ", report.suppressed().stream()
                    .map(s -> s.rule() + " on " + s.subject() + " (" + s.reason() + ")").toList()))).append('\n');
        }
        notes(out, report.notes());
        return out.toString();
    }

    private void diagnosis(StringBuilder out, Diagnosis d) {
        String marker = d.isCause() ? severityColour(d.severity(), d.severity().toUpperCase())
                : dim("symptom of " + d.symptomOf());
        out.append(marker).append("  ").append(bold(d.rule())).append("  ").append(d.subject());
        if (d.container() != null) {
            out.append(" [").append(d.container()).append(']');
        }
        out.append('\n');
        out.append("  ").append(d.title()).append('\n');
        out.append("  ").append(d.summary()).append('\n');
        if (!d.isCause()) {
            return;
        }
        if (d.explanation() != null) {
            out.append("  Why: ").append(d.explanation()).append('\n');
        }
        out.append("  Confidence: ").append(d.confidence()).append('\n');
        if (!d.evidence().isEmpty()) {
            out.append("  Evidence:\n");
            for (Evidence e : d.evidence()) {
                out.append("    ").append(dim(e.source() + ":" + e.line())).append("  ").append(e.text()).append('\n');
            }
        }
        if (!d.remediation().isEmpty()) {
            out.append("  Fix:\n");
            int number = 1;
            for (RemediationStep step : d.remediation()) {
                out.append("    ").append(number++).append(". ").append(step.step()).append('\n');
                if (step.command() != null) {
                    out.append("       ").append(cyan("$ " + step.command())).append('\n');
                }
            }
        }
        if (!d.docs().isEmpty()) {
            out.append("  Docs: ").append(String.join(" ", d.docs())).append('\n');
        }
    }

    /** One line saying what was read: {@code Read: stdin:1-40 describe-pod, stdin:42-50 get-events}. */
    private void inputs(StringBuilder out, List<InputSummary> inputs) {
        if (inputs.isEmpty()) {
            return;
        }
        out.append(dim("Read: " + String.join(", ", inputs.stream()
                .map(i -> i.name() + ":" + i.lines() + " " + i.kind()).toList()))).append('\n');
    }

    private void notes(StringBuilder out, List<Note> notes) {
        if (notes.isEmpty()) {
            return;
        }
        out.append('\n').append(dim(notes.size() + " input line(s) not used:")).append('\n');
        notes.stream().limit(NOTES_SHOWN).forEach(n -> out.append("  ").append(dim(n.source() + ":" + n.line()))
                .append("  ").append(n.text()).append("  (").append(n.note()).append(")\n"));
        if (notes.size() > NOTES_SHOWN) {
            out.append("  … and ").append(notes.size() - NOTES_SHOWN).append(" more (see -o json)\n");
        }
    }

    private String severityColour(String severity, String text) {
        return switch (severity) {
            case "critical" -> ansi("1;31", text);
            case "warning" -> ansi("1;33", text);
            default -> ansi("1;34", text);
        };
    }

    private String bold(String text) {
        return ansi("1", text);
    }

    private String dim(String text) {
        return ansi("2", text);
    }

    private String cyan(String text) {
        return ansi("36", text);
    }

    private String ansi(String code, String text) {
        return colour ? "\u001B[" + code + "m" + text + "\u001B[0m" : text;
    }
}
