package dev.kubeadvisor.engine;

import dev.kubeadvisor.model.ContainerLog;
import dev.kubeadvisor.model.ContainerStatus;
import java.util.List;

/**
 * A log with the state of its container as the input describes it ({@code statuses}: none or one
 * {@link ContainerStatus}), derived once per log by a signal rule for every log rule to join: collected by each of
 * them instead, every container of every pod would be matched against every log rule.
 */
public record LogContainer(ContainerLog log, List<ContainerStatus> statuses) {

    public LogContainer {
        statuses = List.copyOf(statuses);
    }
}
