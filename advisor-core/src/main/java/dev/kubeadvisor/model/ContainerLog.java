package dev.kubeadvisor.model;

/**
 * The log of one run of one container as the input gives it: the current run, or the previous one
 * ({@code kubectl logs --previous}). Its lines are the {@link LogLine}s with the same pod, container and
 * {@code previous}. {@code lineCount} counts the lines kept (the oldest lines of a very long log are dropped);
 * {@code firstLine} is where it starts in the input.
 */
public record ContainerLog(ObjectRef pod, String container, boolean previous, int lineCount, SourceLine firstLine) {

    /** {@code the previous run's log} or {@code the current log}, for summaries. */
    public String runText() {
        return previous ? "the previous run's log" : "the current log";
    }

    /** The {@code kubectl logs} flag that reads this log again. */
    public String previousFlag() {
        return previous ? " --previous" : "";
    }
}
