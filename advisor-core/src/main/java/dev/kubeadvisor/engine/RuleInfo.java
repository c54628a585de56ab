package dev.kubeadvisor.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.kie.api.definition.rule.Rule;

/**
 * A diagnosis rule's static description, read from its DRL metadata: {@code @severity}, {@code @category},
 * {@code @title}, {@code @explanation}, {@code @docs}, {@code @confidence}, {@code @supersedes},
 * {@code @generic} and the numbered remediation steps {@code @step1}, {@code @step2}...
 */
public record RuleInfo(String id, Severity severity, String category, String title, String explanation,
                       List<String> docs, Confidence confidence, List<String> supersedes, boolean generic,
                       List<RemediationTemplate> remediation, String packageName) {

    /** The metadata keys a diagnosis rule may use; anything else is a typo the conventions test reports. */
    public static final List<String> KEYS = List.of("severity", "category", "title", "explanation", "docs",
            "confidence", "supersedes", "generic");

    /** True when the rule declares a severity: it is a diagnosis, not a signal rule. */
    public static boolean isDiagnosis(Rule rule) {
        return rule.getMetaData().containsKey("severity");
    }

    public static RuleInfo of(Rule rule) {
        Map<String, Object> meta = rule.getMetaData();
        List<RemediationTemplate> steps = new ArrayList<>();
        Map<Integer, String> numbered = new TreeMap<>();
        meta.forEach((key, value) -> {
            if (key.matches("step\\d{1,2}")) {
                numbered.put(Integer.parseInt(key.substring(4)), text(value));
            }
        });
        numbered.values().forEach(step -> steps.add(RemediationTemplate.parse(step)));
        return new RuleInfo(rule.getName(),
                Severity.parse(text(meta.get("severity"))),
                text(meta.get("category")),
                text(meta.get("title")),
                text(meta.get("explanation")),
                words(meta.get("docs"), "\\s+"),
                meta.containsKey("confidence") ? Confidence.parse(text(meta.get("confidence"))) : Confidence.HIGH,
                words(meta.get("supersedes"), "\\s*,\\s*"),
                "true".equals(text(meta.get("generic"))),
                List.copyOf(steps),
                rule.getPackageName());
    }

    private static String text(Object value) {
        return value == null ? null : value.toString().strip();
    }

    private static List<String> words(Object value, String separator) {
        String text = text(value);
        return text == null || text.isEmpty() ? List.of() : Arrays.asList(text.split(separator));
    }
}
