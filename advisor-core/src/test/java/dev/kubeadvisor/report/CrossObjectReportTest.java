package dev.kubeadvisor.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.kubeadvisor.DiagnoseOptions;
import dev.kubeadvisor.engine.Confidence;
import dev.kubeadvisor.engine.Engine;
import dev.kubeadvisor.engine.Finding;
import dev.kubeadvisor.engine.RuleInfo;
import dev.kubeadvisor.engine.Severity;
import dev.kubeadvisor.engine.Unhealthy;
import dev.kubeadvisor.model.NodeAllocation;
import dev.kubeadvisor.model.NodeCondition;
import dev.kubeadvisor.model.NodeTaint;
import dev.kubeadvisor.model.ObjectRef;
import dev.kubeadvisor.model.Quantity;
import dev.kubeadvisor.model.SourceLine;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Causes on one object that explain symptoms of another, and the results of subjects that are not pods. */
class CrossObjectReportTest {

    private static final ObjectRef NODE = new ObjectRef("Node", null, "worker-8");
    private static final ObjectRef EVICTED = ObjectRef.pod("analytics", "report-builder-5d4c3b2a19-7hz5n");
    private static final ObjectRef OTHER_POD = ObjectRef.pod("analytics", "report-builder-5d4c3b2a19-p2k4d");
    private static final SourceLine PRESSURE = new SourceLine("describe.txt", 52,
            "  DiskPressure     True    Thu, 26 Nov 2026 10:44:20 +0000   Thu, 26 Nov 2026 10:28:12 +0000   "
                    + "KubeletHasDiskPressure   kubelet has disk pressure");
    private static final SourceLine EVICTION = new SourceLine("describe.txt", 8,
            "Message:          The node was low on resource: ephemeral-storage.");

    private final ReportBuilder builder = new ReportBuilder(Map.of(
            "node-disk-pressure", rule("node-disk-pressure", Severity.WARNING, List.of("pod-evicted-ephemeral-storage")),
            "pod-evicted-ephemeral-storage", rule("pod-evicted-ephemeral-storage", Severity.WARNING, List.of())));

    @Test
    void a_cause_on_a_node_makes_the_eviction_of_a_pod_it_links_its_symptom() {
        Finding pressure = nodeFinding(Set.of(EVICTED));
        Finding eviction = podFinding(EVICTED);

        Report report = build(List.of(EVICTED, NODE), List.of(pressure, eviction),
                List.of(new Unhealthy(EVICTED, null, "pod phase is Failed", EVICTION)), List.of());

        assertThat(report.diagnoses()).extracting(Diagnosis::rule, Diagnosis::subject, Diagnosis::symptomOf)
                .containsExactly(tuple("node-disk-pressure", NODE.key(), null),
                        tuple("pod-evicted-ephemeral-storage", EVICTED.key(), "node-disk-pressure"));
        assertThat(report.verdict()).isEqualTo("unhealthy");
    }

    @Test
    void a_cause_on_a_node_leaves_the_symptoms_of_pods_it_does_not_link_alone() {
        Finding pressure = nodeFinding(Set.of(EVICTED));
        Finding elsewhere = podFinding(OTHER_POD);

        Report report = build(List.of(OTHER_POD, NODE), List.of(pressure, elsewhere), List.of(), List.of());

        assertThat(report.diagnoses()).extracting(Diagnosis::rule, Diagnosis::symptomOf)
                .containsExactlyInAnyOrder(tuple("node-disk-pressure", null), tuple("pod-evicted-ephemeral-storage", null));
    }

    @Test
    void a_node_with_a_bad_condition_no_rule_explains_is_undetermined_with_commands_for_a_node() {
        Report report = build(List.of(NODE), List.of(),
                List.of(new Unhealthy(NODE, null, "node condition DiskPressure is True", PRESSURE)), List.of());

        assertThat(report.verdict()).isEqualTo("undetermined");
        Diagnosis result = report.diagnoses().get(0);
        assertThat(result.rule()).isEqualTo("undetermined-unhealthy");
        assertThat(result.summary()).contains("node condition DiskPressure is True");
        assertThat(result.evidence()).extracting(Evidence::line).containsExactly(52);
        assertThat(result.remediation()).extracting(RemediationStep::command).containsExactly(
                "kubectl get events -A --field-selector involvedObject.kind=Node,involvedObject.name=worker-8"
                        + " --sort-by=.lastTimestamp",
                "kubectl get node worker-8 -o yaml");
    }

    @Test
    void a_healthy_node_says_which_conditions_taints_and_allocations_were_checked() {
        List<Object> facts = List.of(
                new NodeCondition(NODE, "DiskPressure", "False", null, null, "KubeletHasNoDiskPressure", "ok", PRESSURE),
                new NodeCondition(NODE, "Ready", "True", null, null, "KubeletReady", "ok", PRESSURE),
                new NodeTaint(NODE, "dedicated", "batch", "NoSchedule", PRESSURE),
                new NodeAllocation(NODE, "memory", Quantity.parse("1Gi"), 6, Quantity.parse("2Gi"), 13, PRESSURE));

        Report report = build(List.of(NODE), List.of(), List.of(), facts);

        assertThat(report.verdict()).isEqualTo("healthy");
        assertThat(report.diagnoses()).singleElement().extracting(Diagnosis::summary).isEqualTo(
                "Checked 2 node condition(s) (Ready True, none under pressure), 1 taint(s), the allocation of "
                        + "1 resource(s); 0 event(s), 0 warning(s). No problem found.");
    }

    private Report build(List<ObjectRef> subjects, List<Finding> findings, List<Unhealthy> signals,
                         List<Object> facts) {
        return builder.build(subjects, facts, new Engine.Conclusions(findings, signals), List.of(), List.of(),
                DiagnoseOptions.none());
    }

    private static Finding nodeFinding(Set<ObjectRef> explains) {
        return new Finding("node-disk-pressure", NODE, null, "disk pressure", null, null, List.of(PRESSURE, EVICTION),
                Map.of("pod", NODE.name()), true, explains);
    }

    private static Finding podFinding(ObjectRef pod) {
        return new Finding("pod-evicted-ephemeral-storage", pod, null, "evicted", null, null, List.of(EVICTION),
                Map.of("pod", pod.name()), true);
    }

    private static RuleInfo rule(String id, Severity severity, List<String> supersedes) {
        return new RuleInfo(id, severity, "node", "title", "explanation", List.of("https://kubernetes.io/"),
                Confidence.HIGH, supersedes, false, List.of(), "dev.kubeadvisor.rules.node");
    }
}
