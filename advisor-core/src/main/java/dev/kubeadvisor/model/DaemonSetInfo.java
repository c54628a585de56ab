package dev.kubeadvisor.model;

/**
 * A DaemonSet: how many nodes should run its pod and how many do. kubectl before 1.33 prints no
 * {@code Namespace:} line for a DaemonSet, so the namespace of its ref may be unknown (null).
 */
public record DaemonSetInfo(ObjectRef ref, String selector, String nodeSelector, Integer desiredScheduled,
                            Integer currentScheduled, Integer upToDate, Integer available, Integer misscheduled,
                            SourceLine nameLine, SourceLine desiredLine, SourceLine availableLine,
                            SourceLine misscheduledLine) {
}
