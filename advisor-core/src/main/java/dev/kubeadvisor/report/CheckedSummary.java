package dev.kubeadvisor.report;

import dev.kubeadvisor.model.ContainerStatus;
import dev.kubeadvisor.model.KubeEvent;
import dev.kubeadvisor.model.ObjectRef;
import java.util.List;

/** Says, for a healthy subject, what was checked: the proof behind "healthy". */
final class CheckedSummary {

    private CheckedSummary() {
    }

    static String of(ObjectRef subject, List<Object> facts) {
        List<ContainerStatus> containers = facts.stream().filter(ContainerStatus.class::isInstance)
                .map(ContainerStatus.class::cast).filter(c -> c.pod().equals(subject)).toList();
        long events = facts.stream().filter(KubeEvent.class::isInstance).map(KubeEvent.class::cast)
                .filter(e -> e.involved().equals(subject)).count();
        long warnings = facts.stream().filter(KubeEvent.class::isInstance).map(KubeEvent.class::cast)
                .filter(e -> e.involved().equals(subject) && e.isWarning()).count();
        long ready = containers.stream().filter(c -> Boolean.TRUE.equals(c.ready())).count();
        int restarts = containers.stream().mapToInt(ContainerStatus::restarts).sum();
        return "Checked " + containers.size() + " container(s): " + ready + " ready, " + restarts
                + " restart(s), states, last states, exit codes, probes and resources; " + events
                + " event(s), " + warnings + " warning(s). No problem found.";
    }
}
