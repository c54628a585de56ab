package dev.kubeadvisor.model;

/**
 * One line of a container's {@code Environment Variables from:} section ({@code envFrom}): every key of the Secret
 * or ConfigMap {@code refName} becomes a variable, named with {@code prefix} in front when one is set.
 */
public record EnvFrom(ObjectRef pod, String container, EnvSource source, String refName, String prefix,
                      Boolean optional, SourceLine line) {
}
