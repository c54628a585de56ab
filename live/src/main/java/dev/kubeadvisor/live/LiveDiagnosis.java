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
     * Reads and diagnoses every subject in scope. Each subject's evidence is parsed on the thread that read it, while
     * the other reads are in flight; then all of it is evaluated at once, as if the objects had been pasted together
     * ({@link Advisor#diagnoseTogether}), and each subject gets its own report. The advisor is asked for only then,
     * so that it may still be loading while the scan reads.
     */
    public static ScanReport scan(Supplier<Advisor> advisor, LiveScan scan, ScanScope scope,
                                  LiveScan.Progress progress) {
        LiveScan.Result<Parsed> read = scan.collect(scope, progress, LiveDiagnosis::parse);
        List<Snapshot> snapshots = new ArrayList<>();
        List<ScanReport.Unreadable> unreadable = new ArrayList<>();
        for (Parsed parsed : read.results()) {
            if (parsed.snapshot() != null) {
                snapshots.add(parsed.snapshot());
            } else {
                unreadable.add(parsed.unreadable());
            }
        }
        List<Report> reports = new ArrayList<>(advisor.get().diagnoseTogether(snapshots));
        reports.sort(WORST_FIRST);
        return new ScanReport(reports, unreadable, read.missing());
    }

    /** A subject's evidence as facts, or why it has none. */
    private record Parsed(Snapshot snapshot, ScanReport.Unreadable unreadable) {
    }

    private static Parsed parse(EvidenceBundle bundle) {
        if (bundle.documents().isEmpty()) {
            return new Parsed(null, new ScanReport.Unreadable(bundle.subject().key(), bundle.missing().isEmpty()
                    ? "nothing could be read" : bundle.missing().get(0).read() + ": " + bundle.missing().get(0).why()));
        }
        try {
            return new Parsed(withMissingEvidence(Snapshot.fromInputs(bundle.documents()), bundle), null);
        } catch (InputException e) {
            return new Parsed(null, new ScanReport.Unreadable(bundle.subject().key(), e.getMessage()));
        }
    }

    private static Snapshot withMissingEvidence(Snapshot snapshot, EvidenceBundle bundle) {
        List<Note> notes = new ArrayList<>(snapshot.notes());
        bundle.missing().forEach(missing -> notes.add(missing.asNote()));
        return new Snapshot(snapshot.facts(), snapshot.subjects(), snapshot.inputs(), List.copyOf(notes));
    }
}
