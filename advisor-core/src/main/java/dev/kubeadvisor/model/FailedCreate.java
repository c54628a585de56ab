package dev.kubeadvisor.model;

import java.util.Collection;
import java.util.Locale;

/**
 * A controller's {@code FailedCreate} event ({@code Error creating: pods "x" is forbidden: ...}): the API server
 * refused the pods a ReplicaSet, Job or StatefulSet wanted, so they do not exist and have no events of their own.
 */
public final class FailedCreate {

    private FailedCreate() {
    }

    /** {@code "The replicaset-controller cannot create pods of ReplicaSet api-6c8d5f7b9 (9 attempts): <message>"} */
    public static String describe(KubeEvent event) {
        return "The " + (event.from() == null ? "controller" : event.from()) + " cannot create pods of "
                + event.involved().kind() + " " + event.involved().name()
                + (event.count() > 1 ? " (" + event.count() + " attempts)" : "") + ": " + event.message();
    }

    /**
     * The object whose pod template to change, as kubectl names it: the ReplicaSet's controller when the input shows
     * it ({@code deployment/api}, from the collected {@link ReplicaSetInfo}s), else the refused object itself.
     */
    public static String workload(KubeEvent event, Collection<?> replicaSets) {
        return replicaSets.stream().map(ReplicaSetInfo.class::cast)
                .filter(r -> r.ref().equals(event.involved()) && r.controlledBy() != null)
                .map(r -> r.controlledBy().toLowerCase(Locale.ROOT)).findFirst()
                .orElse(event.involved().kind().toLowerCase(Locale.ROOT) + "/" + event.involved().name());
    }
}
