package dev.kubeadvisor.model;

/**
 * A container of a workload's {@code Pod Template:} (Deployment, ReplicaSet, StatefulSet, DaemonSet, Job, CronJob):
 * the spec every pod of {@code owner} gets. Its environment is read into {@link EnvVar} and {@link EnvFrom} facts
 * whose owner is the workload.
 */
public record TemplateContainer(ObjectRef owner, String name, ContainerKind kind, String image, Resources limits,
                                Resources requests, Probe liveness, Probe readiness, Probe startup,
                                SourceLine nameLine, SourceLine imageLine) {
}
