package dev.kubeadvisor.http;

import dev.kubeadvisor.engine.RuleInfo;
import dev.kubeadvisor.render.JsonRenderer;
import dev.kubeadvisor.render.MarkdownRenderer;
import dev.kubeadvisor.render.Renderer;
import dev.kubeadvisor.render.SarifRenderer;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The report formats {@code POST /v1/diagnoses} answers in, by the name a request gives in {@code format}. A
 * renderer added to the core is offered here by one more entry.
 */
final class ReportFormats {

    static final String DEFAULT = "json";

    /** A renderer and the media type of what it writes. */
    record ReportFormat(String mediaType, Renderer renderer) {
    }

    private final Map<String, ReportFormat> byName = new LinkedHashMap<>();

    ReportFormats(Map<String, RuleInfo> rules) {
        byName.put(DEFAULT, new ReportFormat("application/json", new JsonRenderer()));
        byName.put("markdown", new ReportFormat("text/markdown", new MarkdownRenderer()));
        byName.put("sarif", new ReportFormat("application/sarif+json", new SarifRenderer(rules)));
    }

    ReportFormat named(String name) {
        ReportFormat format = byName.get(name == null ? DEFAULT : name);
        if (format == null) {
            throw ProblemException.badRequest("unknown-format", "format '" + name + "' is not available from this "
                    + "server; available: " + String.join(", ", byName.keySet()));
        }
        return format;
    }
}
