package dev.kubeadvisor.model;

/**
 * One line of a container's {@code Environment:} section. For a literal, {@code literalIsSet} tells whether a value
 * was printed; the value itself is never kept, so it cannot leak. For secret and config map references
 * {@code refName} and {@code refKey} name the object and key.
 */
public record EnvVar(ObjectRef pod, String container, String name, EnvSource source, boolean literalIsSet,
                     String refName, String refKey, Boolean optional, SourceLine line) {
}
