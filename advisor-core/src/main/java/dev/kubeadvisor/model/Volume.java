package dev.kubeadvisor.model;

/** A pod volume: {@code type} is the kind kubectl prints ({@code Secret}, {@code ConfigMap}, ...). */
public record Volume(ObjectRef pod, String name, String type, String sourceName, SourceLine line) {
}
