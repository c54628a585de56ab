package dev.kubeadvisor.model;

/**
 * A container's {@code State:} or {@code Last State:} block. {@code state} is {@code Running}, {@code Waiting} or
 * {@code Terminated}; the other fields are {@code null} when kubectl did not print them.
 */
public record ContainerState(String state, String reason, String message, Integer exitCode, Integer signal,
                             String started, String finished,
                             SourceLine stateLine, SourceLine reasonLine, SourceLine messageLine,
                             SourceLine exitCodeLine) {

    public boolean isWaiting() {
        return "Waiting".equals(state);
    }

    public boolean isRunning() {
        return "Running".equals(state);
    }

    public boolean isTerminated() {
        return "Terminated".equals(state);
    }

    /** The most specific line to cite: the exit code, else the reason, else the state itself. */
    public SourceLine bestLine() {
        if (exitCodeLine != null) {
            return exitCodeLine;
        }
        return reasonLine != null ? reasonLine : stateLine;
    }
}
