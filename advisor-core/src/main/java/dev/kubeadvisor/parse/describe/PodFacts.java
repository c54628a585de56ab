package dev.kubeadvisor.parse.describe;

import dev.kubeadvisor.model.ContainerStatus;
import dev.kubeadvisor.model.EnvFrom;
import dev.kubeadvisor.model.EnvVar;
import dev.kubeadvisor.model.ObjectRef;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The facts read from one pod, described or as an object, passed on as they come and kept to tie the pod's events
 * to its containers.
 */
public final class PodFacts {

    private final ObjectRef pod;
    private final Consumer<Object> sink;
    private final List<ContainerStatus> containers = new ArrayList<>();
    private final List<EnvVar> variables = new ArrayList<>();
    private final List<EnvFrom> envFroms = new ArrayList<>();

    public PodFacts(ObjectRef pod, Consumer<Object> sink) {
        this.pod = pod;
        this.sink = sink;
    }

    public ObjectRef pod() {
        return pod;
    }

    public void add(Object fact) {
        if (fact instanceof ContainerStatus container) {
            containers.add(container);
        } else if (fact instanceof EnvVar variable) {
            variables.add(variable);
        } else if (fact instanceof EnvFrom envFrom) {
            envFroms.add(envFrom);
        }
        sink.accept(fact);
    }

    public List<ContainerStatus> containers() {
        return containers;
    }

    public EventAttribution attribution() {
        return new EventAttribution(containers, variables, envFroms);
    }
}
