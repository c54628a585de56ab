package dev.kubeadvisor.model;

/** The cpu and memory quantities of a Limits or Requests block; absent entries are {@code null}. */
public record Resources(Quantity cpu, Quantity memory, SourceLine cpuLine, SourceLine memoryLine) {

    public static final Resources NONE = new Resources(null, null, null, null);

    public boolean isEmpty() {
        return cpu == null && memory == null;
    }

    /** {@code cpu 500m, memory 256Mi}, or {@code none}. */
    public String text() {
        if (isEmpty()) {
            return "none";
        }
        return (cpu == null ? "" : "cpu " + cpu) + (cpu != null && memory != null ? ", " : "")
                + (memory == null ? "" : "memory " + memory);
    }
}
