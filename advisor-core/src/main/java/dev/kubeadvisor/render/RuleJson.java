package dev.kubeadvisor.render;

import dev.kubeadvisor.engine.RemediationTemplate;
import dev.kubeadvisor.engine.RuleInfo;
import java.util.Collection;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** A rule's metadata as JSON, with the labels the report uses ({@code "critical"}, {@code "high"}). */
public final class RuleJson {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private RuleJson() {
    }

    public static String of(RuleInfo rule) {
        return pretty(node(rule));
    }

    public static String of(Collection<RuleInfo> rules) {
        ArrayNode array = JSON.createArrayNode();
        rules.forEach(rule -> array.add(node(rule)));
        return pretty(array);
    }

    static ObjectNode node(RuleInfo rule) {
        ObjectNode node = JSON.createObjectNode();
        node.put("id", rule.id());
        node.put("severity", rule.severity().label());
        node.put("category", rule.category());
        node.put("title", rule.title());
        node.put("explanation", rule.explanation());
        node.put("confidence", rule.confidence().label());
        node.put("generic", rule.generic());
        ArrayNode supersedes = node.putArray("supersedes");
        rule.supersedes().forEach(supersedes::add);
        ArrayNode remediation = node.putArray("remediation");
        for (RemediationTemplate step : rule.remediation()) {
            remediation.addObject().put("step", step.step()).put("command", step.command());
        }
        ArrayNode docs = node.putArray("docs");
        rule.docs().forEach(docs::add);
        return node;
    }

    private static String pretty(Object node) {
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(node) + "\n";
    }
}
