package dev.kubeadvisor.render;

import dev.kubeadvisor.engine.RuleInfo;
import dev.kubeadvisor.golden.GoldenCase;
import dev.kubeadvisor.report.RemediationStep;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The rule catalogue as Markdown ({@code docs/rules.md}), generated from the rules' metadata only: ID, severity,
 * category, title, explanation, remediation steps with their commands, docs links, supersedes. What fires a rule is
 * read from its fixture folders' names ({@code fires-after-oom} → "after oom"), so no metadata repeats them.
 */
public final class CatalogueDocs {

    /** How to regenerate the built-in catalogue's page; the page says it and the staleness test prints it. */
    public static final String REGENERATE = "bin/kube-advisor rules docs --fixtures fixtures/rules > docs/rules.md";

    private CatalogueDocs() {
    }

    /**
     * @param rules the rules to describe
     * @param cases their fixture cases ({@link GoldenCase#ruleCasesBelow}); may be empty
     */
    public static String markdown(Collection<RuleInfo> rules, List<GoldenCase> cases) {
        List<RuleInfo> sorted = rules.stream()
                .sorted(Comparator.comparing(RuleInfo::category).thenComparing(RuleInfo::id)).toList();
        Map<String, List<GoldenCase>> casesByRule = cases.stream().filter(c -> c.ruleId() != null)
                .collect(Collectors.groupingBy(GoldenCase::ruleId, TreeMap::new, Collectors.toList()));
        StringBuilder out = new StringBuilder();
        out.append("# Rule catalogue\n\n");
        out.append("Generated from the rules' metadata; do not edit by hand. Regenerate with `").append(REGENERATE)
                .append("`.\n\n");
        out.append(sorted.size()).append(" diagnosis rules.\n\n");
        out.append("| ID | Severity | Category | Title |\n|---|---|---|---|\n");
        for (RuleInfo rule : sorted) {
            out.append("| [").append(rule.id()).append("](#").append(rule.id()).append(") | ")
                    .append(rule.severity().label()).append(" | ").append(rule.category()).append(" | ")
                    .append(cell(rule.title())).append(" |\n");
        }
        String category = null;
        for (RuleInfo rule : sorted) {
            if (!rule.category().equals(category)) {
                category = rule.category();
                out.append("\n## ").append(category).append('\n');
            }
            rule(out, rule, sorted, casesByRule.getOrDefault(rule.id(), List.of()));
        }
        return out.toString();
    }

    private static void rule(StringBuilder out, RuleInfo rule, List<RuleInfo> all, List<GoldenCase> cases) {
        out.append("\n### ").append(rule.id()).append("\n\n");
        out.append("**").append(rule.title()).append("**\n\n");
        out.append("Severity: ").append(rule.severity().label()).append(" · category: ").append(rule.category())
                .append(" · confidence: ").append(rule.confidence().label())
                .append(rule.generic() ? " · generic (a symptom; the advisor looks for its cause)" : "")
                .append("\n\n");
        if (rule.explanation() != null) {
            out.append(rule.explanation()).append("\n\n");
        }
        List<String> fires = whys(cases, false);
        List<String> nearMisses = whys(cases, true);
        if (!fires.isEmpty()) {
            out.append("Fires on: ").append(String.join("; ", fires)).append(".\n\n");
        }
        if (!nearMisses.isEmpty()) {
            out.append("Does not fire on: ").append(String.join("; ", nearMisses)).append(".\n\n");
        }
        if (!rule.supersedes().isEmpty()) {
            out.append("Supersedes (reported as its symptoms): ").append(links(rule.supersedes())).append(".\n\n");
        }
        List<String> supersededBy = all.stream().filter(other -> other.supersedes().contains(rule.id()))
                .map(RuleInfo::id).toList();
        if (!supersededBy.isEmpty()) {
            out.append("Superseded by: ").append(links(supersededBy)).append(".\n\n");
        }
        if (!rule.remediation().isEmpty()) {
            out.append("Remediation:\n\n");
            MarkdownRenderer.numberedSteps(out, rule.remediation().stream()
                    .map(step -> new RemediationStep(step.step(), step.command())).toList());
            out.append('\n');
        }
        if (!rule.docs().isEmpty()) {
            out.append("Docs: ").append(String.join(" · ", rule.docs().stream().map(d -> "<" + d + ">").toList()))
                    .append('\n');
        }
    }

    private static List<String> whys(List<GoldenCase> cases, boolean nearMiss) {
        List<String> whys = new ArrayList<>();
        cases.stream().filter(c -> c.isNearMiss() == nearMiss).forEach(c -> whys.add(c.why()));
        return whys;
    }

    private static String links(List<String> ids) {
        return String.join(", ", ids.stream().map(id -> "[" + id + "](#" + id + ")").toList());
    }

    private static String cell(String text) {
        return text.replace("|", "\\|");
    }
}
