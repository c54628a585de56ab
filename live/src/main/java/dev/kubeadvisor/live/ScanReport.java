package dev.kubeadvisor.live;

import dev.kubeadvisor.engine.Severity;
import dev.kubeadvisor.report.Report;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.LinkedHashMap;
import java.util.Locale;

/**
 * The answer of a scan: one report per subject, worst first; the subjects whose evidence could not be read; the
 * reads that failed for the scan as a whole.
 */
public record ScanReport(List<Report> reports, List<Unreadable> unreadable, List<MissingEvidence> missingEvidence) {

    /** A subject whose evidence could not be turned into a report, and why. */
    public record Unreadable(String subject, String why) {
    }

    private static final List<String> LEVELS = List.of("critical", "warning", "info", "undetermined", "healthy");

    /** How many subjects ended at each level, worst first: critical, warning, info, undetermined, healthy, unreadable. */
    public Map<String, Integer> summary() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String level : LEVELS) {
            int count = (int) reports.stream().filter(report -> level(report).equals(level)).count();
            if (count > 0) {
                counts.put(level, count);
            }
        }
        if (!unreadable.isEmpty()) {
            counts.put("unreadable", unreadable.size());
        }
        return counts;
    }

    private static String level(Report report) {
        return report.worstSeverity().map(severity -> severity.name().toLowerCase(Locale.ROOT))
                .orElse("healthy".equals(report.verdict()) ? "healthy" : "undetermined");
    }

    /** The most severe finding of the whole scan. */
    public Optional<Severity> worstSeverity() {
        return reports.stream().flatMap(r -> r.worstSeverity().stream()).min(Enum::compareTo);
    }
}
