package dev.kubeadvisor.render;

import dev.kubeadvisor.report.Report;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/** The report as JSON, exactly the design's output contract. */
public final class JsonRenderer implements Renderer {

    private static final ObjectWriter WRITER = JsonMapper.builder().build().writerWithDefaultPrettyPrinter();

    @Override
    public String render(Report report) {
        return WRITER.writeValueAsString(report) + "\n";
    }
}
