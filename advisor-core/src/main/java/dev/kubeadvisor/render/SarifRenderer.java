package dev.kubeadvisor.render;

import dev.kubeadvisor.engine.RemediationTemplate;
import dev.kubeadvisor.engine.RuleInfo;
import dev.kubeadvisor.report.Diagnosis;
import dev.kubeadvisor.report.Evidence;
import dev.kubeadvisor.report.Report;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The report as SARIF 2.1.0, for code-scanning tools: the rules' metadata as {@code tool.driver.rules}, one result
 * per diagnosis with its level (critical → error, warning → warning, info → note) and the input file and line of
 * its first evidence line; "healthy" is a passing result.
 */
public final class SarifRenderer implements Renderer {

    static final String SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String HEALTHY = "healthy";

    private final Map<String, RuleInfo> rules;

    /** @param rules the advisor's rules, described in the log whether or not they fired */
    public SarifRenderer(Map<String, RuleInfo> rules) {
        this.rules = rules;
    }

    @Override
    public String render(Report report) {
        ObjectNode log = JSON.createObjectNode();
        log.put("$schema", SCHEMA);
        log.put("version", "2.1.0");
        ObjectNode run = log.putArray("runs").addObject();
        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", "kube-advisor");
        ArrayNode descriptors = driver.putArray("rules");
        List<String> ids = new ArrayList<>(rules.keySet());
        rules.values().forEach(rule -> descriptor(descriptors.addObject(), rule));
        ArrayNode results = run.putArray("results");
        report.diagnoses().forEach(d -> result(results.addObject(), d, ids.indexOf(d.rule())));
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(log) + "\n";
    }

    private static void descriptor(ObjectNode node, RuleInfo rule) {
        node.put("id", rule.id());
        node.putObject("shortDescription").put("text", rule.title());
        if (rule.explanation() != null) {
            node.putObject("fullDescription").put("text", rule.explanation());
        }
        if (!rule.docs().isEmpty()) {
            node.put("helpUri", rule.docs().get(0));
        }
        StringBuilder help = new StringBuilder();
        for (RemediationTemplate step : rule.remediation()) {
            help.append("- ").append(step.step()).append(step.command() == null ? "" : ": " + step.command())
                    .append('\n');
        }
        node.putObject("help").put("text", help.toString());
        node.putObject("defaultConfiguration").put("level", level(rule.severity().label()));
        ObjectNode properties = node.putObject("properties");
        properties.put("category", rule.category());
        properties.putArray("tags").add(rule.category());
    }

    private static void result(ObjectNode node, Diagnosis d, int ruleIndex) {
        node.put("ruleId", d.rule());
        if (ruleIndex >= 0) {
            node.put("ruleIndex", ruleIndex);
        }
        if (d.rule().equals(HEALTHY)) {
            node.put("kind", "pass");
            node.put("level", "none");
        } else {
            node.put("level", level(d.severity()));
        }
        String subject = d.subject() + (d.container() == null ? "" : " [" + d.container() + "]");
        String symptom = d.isCause() ? "" : " (symptom of " + d.symptomOf() + ")";
        node.putObject("message").put("text", subject + ": " + d.summary() + symptom);
        ArrayNode locations = node.putArray("locations");
        if (!d.evidence().isEmpty()) {
            location(locations.addObject(), d.evidence().get(0));
        }
        if (d.evidence().size() > 1) {
            ArrayNode related = node.putArray("relatedLocations");
            d.evidence().subList(1, d.evidence().size()).forEach(e -> location(related.addObject(), e));
        }
        ObjectNode properties = node.putObject("properties");
        properties.put("subject", d.subject());
        properties.put("container", d.container());
        properties.put("confidence", d.confidence());
        properties.put("symptomOf", d.symptomOf());
    }

    private static void location(ObjectNode node, Evidence evidence) {
        ObjectNode physical = node.putObject("physicalLocation");
        physical.putObject("artifactLocation").put("uri", uri(evidence.source()));
        ObjectNode region = physical.putObject("region");
        region.put("startLine", evidence.line());
        region.putObject("snippet").put("text", evidence.text());
    }

    /** The input's name as a relative URI reference ({@code my logs.txt} → {@code my%20logs.txt}). */
    private static String uri(String source) {
        try {
            return new URI(null, null, source.replace('\\', '/'), null).toASCIIString();
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("input name " + source + " cannot be a URI", e);
        }
    }

    static String level(String severity) {
        return switch (severity) {
            case "critical" -> "error";
            case "warning" -> "warning";
            default -> "note";
        };
    }
}
