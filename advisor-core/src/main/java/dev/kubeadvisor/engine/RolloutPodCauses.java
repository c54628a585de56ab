package dev.kubeadvisor.engine;

import dev.kubeadvisor.model.SourceLine;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.kie.api.runtime.rule.RuleContext;

/**
 * What the findings about the pods of a Deployment's new ReplicaSet say about a stalled rollout: the causes among
 * them (a finding another one on the same pod and container {@code @supersedes} is only a symptom), named as
 * {@code "caused by probe-readiness-failing on web-7d4b9c6f8-x2k8p (container web)"}, and their evidence.
 */
public final class RolloutPodCauses {

    private final List<Finding> causes;

    private RolloutPodCauses(List<Finding> causes) {
        this.causes = causes;
    }

    /** The causes among {@code findings} (collected {@link Finding}s about the new pods). */
    public static RolloutPodCauses of(RuleContext rule, Collection<?> findings) {
        List<Finding> all = findings.stream().map(Finding.class::cast).distinct().toList();
        List<Finding> causes = all.stream()
                .filter(f -> all.stream().noneMatch(other -> other != f && sameContainer(other, f)
                        && supersedes(rule, other.rule()).contains(f.rule())))
                .sorted((a, b) -> SourceLine.INPUT_ORDER.compare(first(a), first(b)))
                .toList();
        return new RolloutPodCauses(causes);
    }

    public boolean isKnown() {
        return !causes.isEmpty();
    }

    /** {@code "; caused by <rule> on <pod> (container <c>): <summary>"} for each cause, or nothing. */
    public String text() {
        return causes.stream().map(f -> "; caused by " + f.rule() + " on " + f.subject().name()
                        + (f.container() == null ? "" : " (container " + f.container() + ")") + ": " + f.summary())
                .collect(Collectors.joining());
    }

    /** The rule IDs of the causes, comma-separated, or {@code "none found"}. */
    public String rules() {
        return causes.isEmpty() ? "none found"
                : causes.stream().map(Finding::rule).distinct().collect(Collectors.joining(", "));
    }

    public List<SourceLine> lines() {
        return causes.stream().flatMap(f -> f.evidence().stream()).distinct().toList();
    }

    private static boolean sameContainer(Finding a, Finding b) {
        return a.subject().equals(b.subject()) && Objects.equals(a.container(), b.container());
    }

    private static List<String> supersedes(RuleContext context, String ruleId) {
        return context.getKieRuntime().getKieBase().getKiePackages().stream()
                .flatMap(p -> p.getRules().stream()).filter(r -> r.getName().equals(ruleId)).findFirst()
                .filter(RuleInfo::isDiagnosis).map(r -> RuleInfo.of(r).supersedes()).orElse(List.of());
    }

    private static SourceLine first(Finding finding) {
        return finding.evidence().isEmpty() ? new SourceLine("", 0, "") : finding.evidence().get(0);
    }
}
