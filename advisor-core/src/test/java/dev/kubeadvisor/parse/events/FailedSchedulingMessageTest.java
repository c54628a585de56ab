package dev.kubeadvisor.parse.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.kubeadvisor.model.KubeEvent;
import dev.kubeadvisor.model.ObjectRef;
import dev.kubeadvisor.model.PreemptionOutcome;
import dev.kubeadvisor.model.SchedulingFailure;
import dev.kubeadvisor.model.SourceLine;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FailedSchedulingMessageTest {

    private static final ObjectRef POD = ObjectRef.pod("shop", "orders-api-6b7f9c8d5-q2w8z");
    private static final SourceLine LINE = new SourceLine("describe.txt", 61, "  Warning  FailedScheduling ...");

    private static List<SchedulingFailure> parse(String message) {
        return FailedSchedulingMessage.parse(POD, message, LINE);
    }

    @Test
    void splits_every_counted_reason_and_drops_the_preemption_tail_with_its_double_dot() {
        List<SchedulingFailure> clauses = parse("0/3 nodes are available: 1 node(s) had untolerated taint "
                + "{node-role.kubernetes.io/control-plane: }, 2 Insufficient memory. preemption: 0/3 nodes are "
                + "available: 1 Preemption is not helpful for scheduling, 2 No preemption victims found for incoming "
                + "pod..");

        assertThat(clauses).extracting(SchedulingFailure::nodesTotal, SchedulingFailure::count,
                SchedulingFailure::reason).containsExactly(
                tuple(3, 1, "node(s) had untolerated taint {node-role.kubernetes.io/control-plane: }"),
                tuple(3, 2, "Insufficient memory"));
        assertThat(clauses).allSatisfy(c -> {
            assertThat(c.pod()).isEqualTo(POD);
            assertThat(c.line()).isEqualTo(LINE);
        });
    }

    @Test
    void tells_the_taints_of_not_ready_and_unreachable_nodes_from_other_taints() {
        List<SchedulingFailure> clauses = parse("0/4 nodes are available: 1 node(s) had untolerated taint "
                + "{node.kubernetes.io/not-ready: }, 2 node(s) had untolerated taint {node.kubernetes.io/unreachable: }, "
                + "1 node(s) had untolerated taint {dedicated: gpu}. preemption: 0/4 nodes are available: 4 "
                + "Preemption is not helpful for scheduling.");

        assertThat(clauses).extracting(SchedulingFailure::isNotReadyTaint).containsExactly(true, true, false);
    }

    @Test
    void keeps_the_comma_inside_the_1_18_taint_wording() {
        List<SchedulingFailure> clauses = parse("0/5 nodes are available: 1 node(s) had taint "
                + "{node-role.kubernetes.io/master: }, that the pod didn't tolerate, 4 node(s) had taint "
                + "{team: payments}, that the pod didn't tolerate.");

        assertThat(clauses).extracting(SchedulingFailure::count, SchedulingFailure::taint)
                .containsExactly(tuple(1, "node-role.kubernetes.io/master"), tuple(4, "team=payments"));
        assertThat(clauses).extracting(SchedulingFailure::isControlPlaneTaint).containsExactly(true, false);
    }

    @Test
    void recognises_every_taint_wording_and_names_the_taint_only_when_the_scheduler_did() {
        assertThat(parse("0/2 nodes are available: 2 node(s) had untolerated taint {dedicated: gpu}. preemption: "
                + "0/2 nodes are available: 2 Preemption is not helpful for scheduling.").get(0))
                .returns(true, SchedulingFailure::isUntoleratedTaint).returns("dedicated=gpu", SchedulingFailure::taint);
        assertThat(parse("0/3 nodes are available: 3 node(s) had taints that the pod didn't tolerate.").get(0))
                .returns(true, SchedulingFailure::isUntoleratedTaint).returns(null, SchedulingFailure::taint);
        assertThat(parse("0/3 nodes are available: 3 node(s) had untolerated taint(s). preemption: 0/3 nodes are "
                + "available: 3 Preemption is not helpful for scheduling.").get(0))
                .returns(true, SchedulingFailure::isUntoleratedTaint).returns(null, SchedulingFailure::taint)
                .returns(false, SchedulingFailure::isControlPlaneTaint);
        assertThat(parse("0/3 nodes are available: 3 Insufficient cpu.").get(0))
                .returns(false, SchedulingFailure::isUntoleratedTaint).returns(null, SchedulingFailure::taint);
    }

    @Test
    void sorts_nothing_and_reads_counts_of_two_digits() {
        assertThat(parse("0/12 nodes are available: 10 Insufficient cpu, 2 node(s) were unschedulable."))
                .extracting(SchedulingFailure::count, SchedulingFailure::reason)
                .containsExactly(tuple(10, "Insufficient cpu"), tuple(2, "node(s) were unschedulable"));
    }

    @Test
    void reads_a_prefilter_rejection_as_one_clause_for_the_whole_cluster() {
        List<SchedulingFailure> clauses = parse("0/2 nodes are available: pod has unbound immediate "
                + "PersistentVolumeClaims. preemption: 0/2 nodes are available: 2 Preemption is not helpful for "
                + "scheduling.");

        assertThat(clauses).singleElement()
                .returns(null, SchedulingFailure::count)
                .returns("pod has unbound immediate PersistentVolumeClaims", SchedulingFailure::reason)
                .returns(true, SchedulingFailure::coversAllNodes)
                .returns("all 2 nodes: pod has unbound immediate PersistentVolumeClaims", SchedulingFailure::describe);
    }

    @Test
    void reads_the_message_without_preemption_tail_and_without_final_dot() {
        assertThat(parse("0/1 nodes are available: 1 Insufficient nvidia.com/gpu"))
                .extracting(SchedulingFailure::count, SchedulingFailure::reason)
                .containsExactly(tuple(1, "Insufficient nvidia.com/gpu"));
    }

    @Test
    void ignores_a_plugin_sentence_before_the_preemption_tail() {
        assertThat(parse("0/4 nodes are available: 4 Insufficient cpu. no new claims to deallocate, preemption: "
                + "0/4 nodes are available: 4 No preemption victims found for incoming pod."))
                .extracting(SchedulingFailure::reason).containsExactly("Insufficient cpu");
    }

    @Test
    void strips_the_combined_events_prefix() {
        assertThat(parse("(combined from similar events): 0/3 nodes are available: 3 Insufficient memory."))
                .extracting(SchedulingFailure::describe).containsExactly("3 of 3 nodes: Insufficient memory");
    }

    @Test
    void reads_a_cluster_without_nodes() {
        assertThat(parse("no nodes available to schedule pods")).singleElement()
                .returns(0, SchedulingFailure::nodesTotal)
                .returns("no nodes: no nodes available to schedule pods", SchedulingFailure::describe);
    }

    @Test
    void gives_nothing_for_a_wording_it_does_not_know_or_another_event() {
        assertThat(parse("No nodes are available that match all of the predicates: Insufficient cpu (3).")).isEmpty();
        KubeEvent backOff = new KubeEvent(POD, "Warning", "BackOff", "2m", 3, "kubelet",
                "0/3 nodes are available: 3 Insufficient cpu.", null, LINE);
        assertThat(FailedSchedulingMessage.clauses(backOff)).isEmpty();
    }

    @Test
    void describes_the_taints_of_several_clauses_and_whether_they_are_known() {
        List<SchedulingFailure> named = parse("0/6 nodes are available: 1 node(s) had untolerated taint "
                + "{node-role.kubernetes.io/control-plane: }, 2 node(s) had untolerated taint {nvidia.com/gpu: present}, "
                + "3 node(s) didn't match Pod's node affinity/selector.");
        assertThat(SchedulingFailure.describeTaints(named.subList(1, 2))).isEqualTo("nvidia.com/gpu=present on 2 of 6 nodes");
        assertThat(SchedulingFailure.taintsAreKnown(named.subList(0, 2))).isTrue();

        List<SchedulingFailure> onlyControlPlane = parse("0/1 nodes are available: 1 node(s) had untolerated taint "
                + "{node-role.kubernetes.io/control-plane: }. preemption: 0/1 nodes are available: 1 Preemption is not "
                + "helpful for scheduling..");
        assertThat(SchedulingFailure.describeTaints(onlyControlPlane)).isEqualTo("node-role.kubernetes.io/control-plane"
                + " on all 1 node(s) (every node is a control-plane node, which keeps workloads off by design)");

        List<SchedulingFailure> unnamed = parse("0/3 nodes are available: 1 Insufficient memory, 2 node(s) had "
                + "untolerated taint(s). preemption: 0/3 nodes are available: 3 Preemption is not helpful for scheduling.");
        assertThat(SchedulingFailure.describeTaints(unnamed.subList(1, 2)))
                .isEqualTo("a taint the scheduler does not name, on 2 of 3 nodes");
        assertThat(SchedulingFailure.taintsAreKnown(unnamed.subList(1, 2))).isFalse();
    }

    @Test
    void counts_the_nodes_where_preemption_cannot_help() {
        Optional<PreemptionOutcome> mixed = FailedSchedulingMessage.parsePreemption(POD, "0/3 nodes are available: "
                + "1 node(s) had untolerated taint {node-role.kubernetes.io/control-plane: }, 2 Insufficient memory. "
                + "preemption: 0/3 nodes are available: 1 Preemption is not helpful for scheduling, 2 No preemption "
                + "victims found for incoming pod..", LINE);
        assertThat(mixed).get().returns(3, PreemptionOutcome::nodesTotal).returns(1, PreemptionOutcome::notHelpful)
                .returns(false, PreemptionOutcome::isHopelessOnEveryNode).returns(LINE, PreemptionOutcome::line);

        assertThat(FailedSchedulingMessage.parsePreemption(POD, "0/4 nodes are available: 4 Insufficient cpu. "
                + "preemption: 0/4 nodes are available: 4 Preemption is not helpful for scheduling.", LINE))
                .get().returns(4, PreemptionOutcome::notHelpful).returns(true, PreemptionOutcome::isHopelessOnEveryNode);
    }

    @Test
    void reads_no_preemption_outcome_when_the_tail_counts_no_nodes() {
        assertThat(FailedSchedulingMessage.parsePreemption(POD, "0/2 nodes are available: 2 Insufficient cpu. "
                + "preemption: not eligible due to preemptionPolicy=Never.", LINE)).isEmpty();
        assertThat(FailedSchedulingMessage.parsePreemption(POD, "0/2 nodes are available: 2 Insufficient cpu.", LINE))
                .isEmpty();
        KubeEvent scaleUp = new KubeEvent(POD, "Normal", "NotTriggerScaleUp", "2m", 3, "cluster-autoscaler",
                "pod didn't trigger scale-up: preemption: 0/2 nodes are available: 2 Preemption is not helpful for "
                        + "scheduling.", null, LINE);
        assertThat(FailedSchedulingMessage.preemption(scaleUp)).isEmpty();
    }
}
