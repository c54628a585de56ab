package dev.kubeadvisor.report;

import dev.kubeadvisor.engine.Confidence;
import dev.kubeadvisor.model.ListingRow;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A diagnosis whose every evidence line is a listing row ({@code kubectl get pods}) rests on one word of status:
 * its confidence is lowered one step and its first step is the command that prints the full status and events.
 */
final class ListingOnlyEvidence {

    static final String CONFIRM_STEP = "Confirm from the full status and events: this was read from a one-line "
            + "listing only";

    private final Map<List<Object>, ListingRow> rows;

    private ListingOnlyEvidence(Map<List<Object>, ListingRow> rows) {
        this.rows = rows;
    }

    static ListingOnlyEvidence of(List<Object> facts) {
        Map<List<Object>, ListingRow> rows = new HashMap<>();
        for (Object fact : facts) {
            if (fact instanceof ListingRow row) {
                rows.put(List.of(row.line().document(), row.line().line()), row);
            }
        }
        return new ListingOnlyEvidence(rows);
    }

    List<Diagnosis> qualify(List<Diagnosis> diagnoses) {
        if (rows.isEmpty()) {
            return diagnoses;
        }
        return new ArrayList<>(diagnoses.stream().map(this::qualify).toList());
    }

    private Diagnosis qualify(Diagnosis d) {
        if (d.evidence().isEmpty() || !d.evidence().stream().allMatch(e -> rows.containsKey(key(e)))) {
            return d;
        }
        ListingRow row = rows.get(key(d.evidence().get(0)));
        List<RemediationStep> steps = new ArrayList<>();
        steps.add(new RemediationStep(CONFIRM_STEP, row.confirmingCommand()));
        steps.addAll(d.remediation());
        Confidence lowered = Confidence.parse(d.confidence()) == Confidence.HIGH ? Confidence.MEDIUM : Confidence.LOW;
        return new Diagnosis(d.rule(), d.severity(), d.category(), d.title(), d.subject(), d.container(), d.summary(),
                d.explanation(), lowered.label(), d.evidence(), List.copyOf(steps), d.symptomOf(), d.docs());
    }

    private static List<Object> key(Evidence evidence) {
        return List.of(evidence.source(), evidence.line());
    }
}
