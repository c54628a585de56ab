package dev.kubeadvisor.report;

import dev.kubeadvisor.DiagnoseOptions;
import dev.kubeadvisor.DiagnoseOptions.SeverityOverride;
import dev.kubeadvisor.engine.Finding;
import dev.kubeadvisor.engine.RuleInfo;
import dev.kubeadvisor.engine.Severity;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Applies a call's {@link DiagnoseOptions} to the rules' findings before the report is built: drops the excluded
 * rules' findings and sets overridden severities, and records each as {@link Suppressed} so the report can say so.
 * A severity raised is not a suppression; a severity lowered is (it can take a finding below {@code --fail-on}).
 */
final class Suppressions {

    private final List<Finding> kept = new ArrayList<>();
    private final Set<Suppressed> suppressed = new LinkedHashSet<>();

    Suppressions(List<Finding> findings, DiagnoseOptions options, Map<String, RuleInfo> rules) {
        for (Finding finding : findings) {
            String excluded = options.excluded().get(finding.rule());
            SeverityOverride override = options.severities().get(finding.rule());
            if (excluded != null) {
                suppressed.add(new Suppressed(finding.rule(), finding.subject().key(), excluded));
            } else if (override != null) {
                Severity own = finding.severity() != null ? finding.severity() : rules.get(finding.rule()).severity();
                if (own.atLeast(override.severity()) && own != override.severity()) {
                    suppressed.add(new Suppressed(finding.rule(), finding.subject().key(), "severity lowered from "
                            + own.label() + " to " + override.severity().label() + " by " + override.decidedBy()));
                }
                kept.add(finding.withSeverity(override.severity()));
            } else {
                kept.add(finding);
            }
        }
    }

    List<Finding> kept() {
        return kept;
    }

    List<Suppressed> suppressed() {
        return List.copyOf(suppressed);
    }
}
