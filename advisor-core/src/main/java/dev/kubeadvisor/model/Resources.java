package dev.kubeadvisor.model;

/** The cpu and memory quantities of a Limits or Requests block; absent entries are {@code null}. */
public record Resources(Quantity cpu, Quantity memory, SourceLine cpuLine, SourceLine memoryLine) {

    public static final Resources NONE = new Resources(null, null, null, null);

    public boolean isEmpty() {
        return cpu == null && memory == null;
    }
}
