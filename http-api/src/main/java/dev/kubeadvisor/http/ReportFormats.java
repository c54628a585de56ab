package dev.kubeadvisor.http;

import dev.kubeadvisor.render.JsonRenderer;
import dev.kubeadvisor.render.Renderer;
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

    ReportFormats() {
        byName.put(DEFAULT, new ReportFormat("application/json", new JsonRenderer()));
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
