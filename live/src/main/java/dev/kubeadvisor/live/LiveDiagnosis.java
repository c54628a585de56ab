package dev.kubeadvisor.live;

import dev.kubeadvisor.Advisor;
import dev.kubeadvisor.Snapshot;
import dev.kubeadvisor.engine.Severity;
import dev.kubeadvisor.input.InputException;
import dev.kubeadvisor.input.Note;
import dev.kubeadvisor.report.Report;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Diagnoses what a scan read, through the same path as pasted {@code kubectl get -o json} output. */
public final class LiveDiagnosis {

    /** Worst first: by most severe finding, unhealthy and undetermined before healthy, then by name. */
    private static final Comparator<Report> WORST_FIRST = Comparator
            .comparing((Report report) -> report.worstSeverity().map(Severity::ordinal).orElse(Severity.values().length))
            .thenComparing(report -> "healthy".equals(report.verdict()))
            .thenComparing(report -> String.join(",", report.subjects()));

    private LiveDiagnosis() {
    }

    public static ScanReport diagnose(Advisor advisor, LiveScan.Result scan) {
        List<Report> reports = new ArrayList<>();
        List<ScanReport.Unreadable> unreadable = new ArrayList<>();
        for (EvidenceBundle bundle : scan.bundles()) {
            if (bundle.documents().isEmpty()) {
                unreadable.add(new ScanReport.Unreadable(bundle.subject().key(), bundle.missing().isEmpty()
                        ? "nothing could be read" : bundle.missing().get(0).read() + ": " + bundle.missing().get(0).why()));
                continue;
            }
            try {
                reports.add(advisor.diagnose(withMissingEvidence(Snapshot.fromInputs(bundle.documents()), bundle)));
            } catch (InputException e) {
                unreadable.add(new ScanReport.Unreadable(bundle.subject().key(), e.getMessage()));
            }
        }
        reports.sort(WORST_FIRST);
        return new ScanReport(reports, unreadable, scan.missing());
    }

    private static Snapshot withMissingEvidence(Snapshot snapshot, EvidenceBundle bundle) {
        List<Note> notes = new ArrayList<>(snapshot.notes());
        bundle.missing().forEach(missing -> notes.add(missing.asNote()));
        return new Snapshot(snapshot.facts(), snapshot.subjects(), snapshot.inputs(), List.copyOf(notes));
    }
}
