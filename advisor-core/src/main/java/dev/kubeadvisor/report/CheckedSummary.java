package dev.kubeadvisor.report;

import dev.kubeadvisor.model.ContainerStatus;
import dev.kubeadvisor.model.KubeEvent;
import dev.kubeadvisor.model.NodeAllocation;
import dev.kubeadvisor.model.NodeCondition;
import dev.kubeadvisor.model.NodeTaint;
import dev.kubeadvisor.model.ObjectRef;
import java.util.ArrayList;
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
        List<T> owned = new ArrayList<>();
        for (Object fact : facts) {
            if (type.isInstance(fact) && owner.apply(type.cast(fact)).equals(subject)) {
                owned.add(type.cast(fact));
            }
        }
        return owned;
    }

    private static String events(ObjectRef subject, List<Object> facts) {
        int events = 0;
        int warnings = 0;
        for (Object fact : facts) {
            if (fact instanceof KubeEvent event && event.involved().equals(subject)) {
                events++;
                warnings += event.isWarning() ? 1 : 0;
            }
        }
        return events + " event(s), " + warnings + " warning(s)";
    }

    private static String ofPod(ObjectRef subject, List<Object> facts) {
        int containers = 0;
        int ready = 0;
        int restarts = 0;
        for (Object fact : facts) {
            if (fact instanceof ContainerStatus container && container.pod().equals(subject)) {
                containers++;
                ready += Boolean.TRUE.equals(container.ready()) ? 1 : 0;
                restarts += container.restarts();
            }
        }
        return "Checked " + containers + " container(s): " + ready + " ready, " + restarts
                + " restart(s), states, last states, exit codes, probes and resources; " + events(subject, facts)
                + ". No problem found.";
    }
}
