package dev.kubeadvisor.cli;

import dev.kubeadvisor.live.MissingEvidence;
import dev.kubeadvisor.live.ScanReport;
import dev.kubeadvisor.render.TextRenderer;
import dev.kubeadvisor.report.Report;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import tools.jackson.databind.json.JsonMapper;

/** A scan's reports: each unhealthy subject in full, worst first; the healthy ones in a line; a summary line. */
final class ScanRenderer {

    private static final int HEALTHY_NAMES_SHOWN = 20;

    private ScanRenderer() {
    }

    static String text(ScanReport scan, boolean colour) {
        StringBuilder text = new StringBuilder();
        TextRenderer renderer = new TextRenderer(colour);
        List<Report> healthy = scan.reports().stream().filter(r -> "healthy".equals(r.verdict())).toList();
        for (Report report : scan.reports()) {
            if (!healthy.contains(report)) {
                text.append(renderer.render(report)).append("\n");
            }
        }
        if (!healthy.isEmpty()) {
            // a report's first subject is the one the scan started from; the others are its owners and node
            List<String> names = healthy.stream().map(r -> r.subjects().get(0)).toList();
            text.append("Healthy (").append(names.size()).append("): ")
                    .append(String.join(", ", names.subList(0, Math.min(names.size(), HEALTHY_NAMES_SHOWN))))
                    .append(names.size() > HEALTHY_NAMES_SHOWN ? ", …" : "").append("\n");
        }
        scan.unreadable().forEach(u -> text.append("Could not diagnose ").append(u.subject()).append(": ")
                .append(u.why()).append("\n"));
        for (MissingEvidence missing : scan.missingEvidence()) {
            text.append("Could not read: ").append(missing.read()).append(": ").append(missing.why()).append("\n");
        }
        return text.append(summaryLine(scan)).append("\n").toString();
    }

    static String json(ScanReport scan) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("summary", scan.summary());
        document.put("reports", scan.reports());
        document.put("unreadable", scan.unreadable());
        document.put("missingEvidence", scan.missingEvidence());
        return JsonMapper.builder().build().writerWithDefaultPrettyPrinter().writeValueAsString(document) + "\n";
    }

    static String summaryLine(ScanReport scan) {
        int subjects = scan.reports().size() + scan.unreadable().size();
        if (subjects == 0) {
            return "Scanned nothing: no pods in scope.";
        }
        return "Scanned " + subjects + (subjects == 1 ? " subject: " : " subjects: ") + scan.summary().entrySet().stream()
                .map(e -> e.getValue() + " " + e.getKey()).collect(Collectors.joining(", ")) + ".";
    }
}
