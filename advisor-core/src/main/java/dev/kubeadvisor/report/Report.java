package dev.kubeadvisor.report;

import dev.kubeadvisor.engine.Severity;
import dev.kubeadvisor.input.Note;
import java.util.List;
import java.util.Optional;

/**
 * The advisor's answer for one snapshot (design §6): the subjects it looked at, the verdict, the diagnoses
 * (causes first; the first one is the main answer), what the caller's options suppressed, what was read and what
 * was ignored.
 */
public record Report(List<String> subjects, String verdict, List<Diagnosis> diagnoses, List<Suppressed> suppressed,
                     List<InputSummary> inputs, List<Note> notes) {

    /**
     * The most severe level of the causes found. A symptom counts through its cause (a warning-level restart that
     * an info-level cause explains is no warning), and the "healthy" result is no finding: a report of only info
     * causes, or of nothing wrong, has no level at or above warning.
     */
    public Optional<Severity> worstSeverity() {
        return diagnoses.stream().filter(d -> d.isCause() && !d.rule().equals(ResultTexts.HEALTHY))
                .map(d -> Severity.parse(d.severity())).min(Enum::compareTo);
    }
}
