package dev.kubeadvisor.report;

import dev.kubeadvisor.model.ContainerStatus;
import dev.kubeadvisor.model.KubeEvent;
import dev.kubeadvisor.model.NodeAllocation;
import dev.kubeadvisor.model.NodeCondition;
import dev.kubeadvisor.model.NodeTaint;
import dev.kubeadvisor.model.ObjectRef;
import dev.kubeadvisor.model.PodInfo;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The facts the report reads about each subject (its state, containers, events, node conditions, taints and
 * allocations), grouped once by the object they are about: with hundreds of pods in one input, each subject then
 * costs its own facts only.
 */
final class FactsBySubject {

    private final Map<ObjectRef, List<Object>> facts;

    private FactsBySubject(Map<ObjectRef, List<Object>> facts) {
        this.facts = facts;
    }

    static FactsBySubject of(List<Object> facts) {
        Map<ObjectRef, List<Object>> bySubject = new HashMap<>();
        for (Object fact : facts) {
            ObjectRef subject = subjectOf(fact);
            if (subject != null) {
                bySubject.computeIfAbsent(subject, s -> new ArrayList<>()).add(fact);
            }
        }
        return new FactsBySubject(bySubject);
    }

    List<Object> about(ObjectRef subject) {
        return facts.getOrDefault(subject, List.of());
    }

    private static ObjectRef subjectOf(Object fact) {
        if (fact instanceof PodInfo pod) {
            return pod.ref();
        }
        if (fact instanceof ContainerStatus container) {
            return container.pod();
        }
        if (fact instanceof KubeEvent event) {
            return event.involved();
        }
        if (fact instanceof NodeCondition condition) {
            return condition.node();
        }
        if (fact instanceof NodeTaint taint) {
            return taint.node();
        }
        if (fact instanceof NodeAllocation allocation) {
            return allocation.node();
        }
        return null;
    }
}
