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
import java.util.function.Supplier;

/** Diagnoses what a scan read, through the same path as pasted {@code kubectl get -o json} output. */
public final class LiveDiagnosis {

    /** Worst first: by most severe finding, unhealthy and undetermined before healthy, then by name. */
    private static final Comparator<Report> WORST_FIRST = Comparator
            .comparing((Report report) -> report.worstSeverity().map(Severity::ordinal).orElse(Severity.values().length))
            .thenComparing(report -> "healthy".equals(report.verdict()))
            .thenComparing(report -> String.join(",", report.subjects()));

    private LiveDiagnosis() {
    }

    /**
     * Reads and diagnoses every subject in scope; each subject is diagnosed on the thread that read it, while the
     * other reads are in flight. The advisor is asked for when the first subject has been read, so that it may still
     * be loading while the scan starts.
     */
    public static ScanReport scan(Supplier<Advisor> advisor, LiveScan scan, ScanScope scope,
                                  LiveScan.Progress progress) {
        LiveScan.Result<Outcome> read = scan.collect(scope, progress, bundle -> diagnose(advisor.get(), bundle));
        List<Report> reports = new ArrayList<>();
        List<ScanReport.Unreadable> unreadable = new ArrayList<>();
        for (Outcome outcome : read.results()) {
            if (outcome.report() != null) {
                reports.add(outcome.report());
            } else {
                unreadable.add(outcome.unreadable());
            }
        }
        reports.sort(WORST_FIRST);
        return new ScanReport(reports, unreadable, read.missing());
    }

    /** A subject's report, or why it has none. */
    private record Outcome(Report report, ScanReport.Unreadable unreadable) {
    }

    private static Outcome diagnose(Advisor advisor, EvidenceBundle bundle) {
        if (bundle.documents().isEmpty()) {
            return new Outcome(null, new ScanReport.Unreadable(bundle.subject().key(), bundle.missing().isEmpty()
                    ? "nothing could be read" : bundle.missing().get(0).read() + ": " + bundle.missing().get(0).why()));
        }
        try {
            return new Outcome(advisor.diagnose(withMissingEvidence(Snapshot.fromInputs(bundle.documents()), bundle)),
                    null);
        } catch (InputException e) {
            return new Outcome(null, new ScanReport.Unreadable(bundle.subject().key(), e.getMessage()));
        }
    }

    private static Snapshot withMissingEvidence(Snapshot snapshot, EvidenceBundle bundle) {
        List<Note> notes = new ArrayList<>(snapshot.notes());
        bundle.missing().forEach(missing -> notes.add(missing.asNote()));
        return new Snapshot(snapshot.facts(), snapshot.subjects(), snapshot.inputs(), List.copyOf(notes));
    }
}
