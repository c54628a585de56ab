package dev.kubeadvisor;

import dev.kubeadvisor.engine.Severity;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one diagnosis call changes about the rules' conclusions: rules to exclude and severities to override, each
 * with the reason the report gives (the report lists what was suppressed, it never hides it silently). Immutable;
 * every method returns a new instance.
 *
 * @param excluded   rule ID → why it is excluded
 * @param severities rule ID → the severity its diagnoses get instead of their own
 */
public record DiagnoseOptions(Map<String, String> excluded, Map<String, SeverityOverride> severities) {

    private static final DiagnoseOptions NONE = new DiagnoseOptions(Map.of(), Map.of());

    public DiagnoseOptions {
        excluded = Map.copyOf(excluded);
        severities = Map.copyOf(severities);
    }

    /** Changes nothing. */
    public static DiagnoseOptions none() {
        return NONE;
    }

    /** Also excludes these rules, saying why (e.g. {@code "excluded with --exclude"}). */
    public DiagnoseOptions exclude(Collection<String> ruleIds, String reason) {
        Map<String, String> more = new LinkedHashMap<>(excluded);
        ruleIds.forEach(id -> more.putIfAbsent(id, reason));
        return new DiagnoseOptions(more, severities);
    }

    /** Also excludes these rules; the report says the caller excluded them. */
    public DiagnoseOptions exclude(String... ruleIds) {
        return exclude(List.of(ruleIds), "excluded by the caller");
    }

    /** Gives the rule's diagnoses this severity, saying who decided it (e.g. {@code ".kube-advisor.yaml"}). */
    public DiagnoseOptions severity(String ruleId, Severity severity, String decidedBy) {
        Map<String, SeverityOverride> more = new LinkedHashMap<>(severities);
        more.put(ruleId, new SeverityOverride(severity, decidedBy));
        return new DiagnoseOptions(excluded, more);
    }

    /** A severity a rule's diagnoses get instead of their own, and who decided it. */
    public record SeverityOverride(Severity severity, String decidedBy) {
    }
}
