package dev.kubeadvisor.model;

import java.util.Objects;

/**
 * One container of a pod as {@code kubectl describe pod} shows it: its spec (image, resources, probes) and its
 * status (state, last state, readiness, restarts). {@code ready} and {@code restartCount} are {@code null} when the
 * container has no status yet.
 */
public record ContainerStatus(ObjectRef pod, String name, ContainerKind kind, String image,
                              ContainerState state, ContainerState lastState, Boolean ready, Integer restartCount,
                              Resources limits, Resources requests,
                              Probe liveness, Probe readiness, Probe startup,
                              SourceLine nameLine, SourceLine imageLine, SourceLine readyLine,
                              SourceLine restartCountLine) {

    /** The name of a container the input does not name; commands then show it for the user to fill in. */
    public static final String UNNAMED = "<container>";

    /**
     * Hashes the identifying parts only (pod and container name), consistently with the record's {@code equals}:
     * the facts of snapshots evaluated together are hashed to find the ones they share, and the generated hash of
     * all seventeen components, with their states and lines, costs most of that.
     */
    @Override
    public int hashCode() {
        return Objects.hashCode(pod) * 31 + Objects.hashCode(name);
    }

    /** True when this container has run before: restarted, or its last run or current state is terminated. */
    public boolean hasEndedRun() {
        return restarts() > 0 || termination() != null;
    }

    public boolean isInit() {
        return kind == ContainerKind.INIT;
    }

    /** The pod spec list this container is in, as a JSONPath field: {@code containers}, {@code initContainers}... */
    public String specField() {
        return switch (kind) {
            case INIT -> "initContainers";
            case EPHEMERAL -> "ephemeralContainers";
            case APP -> "containers";
        };
    }

    /** The pod status list this container's status is in: {@code containerStatuses}, {@code initContainerStatuses}... */
    public String statusField() {
        return switch (kind) {
            case INIT -> "initContainerStatuses";
            case EPHEMERAL -> "ephemeralContainerStatuses";
            case APP -> "containerStatuses";
        };
    }

    /** {@code limits cpu 500m, memory 256Mi; requests cpu 250m, memory 128Mi}. */
    public String resourcesText() {
        return "limits " + (limits == null ? Resources.NONE : limits).text() + "; requests "
                + (requests == null ? Resources.NONE : requests).text();
    }

    public boolean isRunning() {
        return state != null && state.isRunning();
    }

    public int restarts() {
        return restartCount == null ? 0 : restartCount;
    }

    /** {@code restarted 9 time(s)}, or a note that the input does not show the count. */
    public String restartsText() {
        if (restartCount == null) {
            return "restart count not shown";
        }
        return restartCount == 0 ? "not restarted" : "restarted " + restartCount + " time(s)";
    }

    /**
     * The {@code kubectl logs} flag that reaches the run {@link #termination()} explains: {@code " --previous"} when
     * the container has been restarted since, nothing when that run is the current one (restartPolicy Never).
     */
    public String previousLogsFlag() {
        return state != null && state.isTerminated() || lastTerminated() == null ? "" : " --previous";
    }

    public String waitingReason() {
        return state != null && state.isWaiting() ? state.reason() : null;
    }

    public ContainerState lastTerminated() {
        return lastState != null && lastState.isTerminated() ? lastState : null;
    }

    /** The termination to explain: the current state when terminated, else the last state. */
    public ContainerState termination() {
        return state != null && state.isTerminated() ? state : lastTerminated();
    }

    public Integer lastExitCode() {
        ContainerState t = termination();
        return t == null ? null : t.exitCode();
    }

    /** The {@code Liveness}, {@code Readiness} or {@code Startup} probe, or {@code null}. */
    public Probe probe(String kind) {
        return switch (kind) {
            case "Liveness" -> liveness;
            case "Readiness" -> readiness;
            case "Startup" -> startup;
            default -> null;
        };
    }

    public String lastReason() {
        ContainerState t = termination();
        return t == null ? null : t.reason();
    }
}
