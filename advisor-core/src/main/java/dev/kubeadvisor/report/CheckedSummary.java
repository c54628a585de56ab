package dev.kubeadvisor.report;

import dev.kubeadvisor.model.ContainerStatus;
import dev.kubeadvisor.model.KubeEvent;
import dev.kubeadvisor.model.NodeAllocation;
import dev.kubeadvisor.model.NodeCondition;
import dev.kubeadvisor.model.NodeTaint;
import dev.kubeadvisor.model.ObjectRef;
import java.util.List;
import java.util.function.Function;

/** Says, for a healthy subject, what was checked: the proof behind "healthy". */
final class CheckedSummary {

    private CheckedSummary() {
    }

    static String of(ObjectRef subject, List<Object> facts) {
        return "Node".equals(subject.kind()) ? ofNode(subject, facts) : ofPod(subject, facts);
    }

    private static String ofNode(ObjectRef node, List<Object> facts) {
        List<NodeCondition> conditions = factsOf(facts, NodeCondition.class, NodeCondition::node, node);
        String ready = conditions.stream().filter(c -> "Ready".equals(c.type())).map(NodeCondition::status)
                .findFirst().orElse("not shown");
        return "Checked " + conditions.size() + " node condition(s)"
                + (conditions.isEmpty() ? "" : " (Ready " + ready + ", none under pressure)") + ", "
                + factsOf(facts, NodeTaint.class, NodeTaint::node, node).size() + " taint(s), the allocation of "
                + factsOf(facts, NodeAllocation.class, NodeAllocation::node, node).size() + " resource(s); "
                + events(node, facts) + ". No problem found.";
    }

    private static <T> List<T> factsOf(List<Object> facts, Class<T> type, Function<T, ObjectRef> owner,
                                       ObjectRef subject) {
        return facts.stream().filter(type::isInstance).map(type::cast).filter(f -> owner.apply(f).equals(subject))
                .toList();
    }

    private static String events(ObjectRef subject, List<Object> facts) {
        List<KubeEvent> events = factsOf(facts, KubeEvent.class, KubeEvent::involved, subject);
        return events.size() + " event(s), " + events.stream().filter(KubeEvent::isWarning).count() + " warning(s)";
    }

    private static String ofPod(ObjectRef subject, List<Object> facts) {
        List<ContainerStatus> containers = factsOf(facts, ContainerStatus.class, ContainerStatus::pod, subject);
        long ready = containers.stream().filter(c -> Boolean.TRUE.equals(c.ready())).count();
        int restarts = containers.stream().mapToInt(ContainerStatus::restarts).sum();
        return "Checked " + containers.size() + " container(s): " + ready + " ready, " + restarts
                + " restart(s), states, last states, exit codes, probes and resources; " + events(subject, facts)
                + ". No problem found.";
    }
}
