package dev.kubeadvisor.model;

import java.util.Collection;

/**
 * Which run of its container a log shows, and what that run's state means for a signature found in it: the run that
 * ended explains how it ended; the current run of a running container explains no earlier end.
 */
public enum LogRun {
    /**
     * The previous run ({@code --previous}), or the current log of a container that is not running now, or of one
     * whose state is not shown but whose run that ended is (an excerpt with only an exit code).
     */
    ENDED,
    /** The previous run of a container that runs again now. */
    ENDED_RUNNING_AGAIN,
    /** The current run of a container that is running and ready: what it logs did not stop it. */
    RUNNING_READY,
    /** The current run of a container that is running but not ready. */
    RUNNING_NOT_READY,
    /** The current log of a container whose state the input does not show. */
    STATE_UNKNOWN;

    /** The run {@code log} shows; {@code statuses} holds the log's container as described (none or one). */
    public static LogRun of(ContainerLog log, Collection<?> statuses) {
        ContainerStatus status = statuses.stream().filter(ContainerStatus.class::isInstance)
                .map(ContainerStatus.class::cast).findFirst().orElse(null);
        if (log.previous() && status != null && status.isRunning()) {
            return ENDED_RUNNING_AGAIN;
        }
        if (log.previous() || status != null && (status.state() != null ? !status.isRunning()
                : status.termination() != null)) {
            return ENDED;
        }
        if (status == null || status.state() == null) {
            return STATE_UNKNOWN;
        }
        return Boolean.TRUE.equals(status.ready()) ? RUNNING_READY : RUNNING_NOT_READY;
    }

    /** Where the line was seen, for a summary: {@code in the log of the previous run}... */
    public String where(ContainerLog log) {
        return switch (this) {
            case ENDED -> log.previous() ? "in the log of the previous run" : "in the log of the run that ended";
            case ENDED_RUNNING_AGAIN -> "in the log of the previous run (the container runs again since)";
            case RUNNING_READY -> "in the current log, while the container runs and is ready: it did not stop it";
            case RUNNING_NOT_READY -> "in the current log, while the container runs but is not ready";
            case STATE_UNKNOWN -> "in the current log (the input does not show the pod's state)";
        };
    }
}
