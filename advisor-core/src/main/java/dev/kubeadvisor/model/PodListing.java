package dev.kubeadvisor.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * One row of {@code kubectl get pods}: READY ({@code 0/1}), STATUS as kubectl prints it ({@code CrashLoopBackOff},
 * {@code Init:0/1}, {@code OOMKilled}...), the restart count, and the node ({@code -o wide}) or {@code null}.
 */
public record PodListing(ObjectRef ref, String ready, String status, Integer restarts, String age, String node,
                         SourceLine line) implements ListingRow {

    /** The container name of stand-in facts when the row does not tell which container it is about. */
    public static final String UNNAMED_CONTAINER = "<container>";

    private static final String INIT = "Init:";
    private static final Set<String> WAITING = Set.of("CrashLoopBackOff", "ImagePullBackOff", "ErrImagePull",
            "CreateContainerConfigError", "CreateContainerError", "InvalidImageName", "ErrImageNeverPull",
            "ContainerCreating", "PodInitializing", "RunContainerError");
    /** Waiting reasons of a container that has never run: the pod is still Pending. */
    private static final Set<String> NEVER_STARTED = Set.of("ImagePullBackOff", "ErrImagePull",
            "CreateContainerConfigError", "CreateContainerError", "InvalidImageName", "ErrImageNeverPull",
            "ContainerCreating", "PodInitializing");
    private static final Set<String> TERMINATED = Set.of("OOMKilled", "Error", "Completed", "ContainerCannotRun",
            "StartError", "DeadlineExceeded");

    /**
     * The facts a describe of this pod would have given, as far as the row tells them: a {@link PodInfo} and one
     * {@link ContainerStatus} named {@code container} (init when STATUS is {@code Init:...}), every line being the
     * row. Used only when the pod is not described in the same input.
     */
    public List<Object> standIns(String container) {
        List<Object> facts = new ArrayList<>();
        String reason = status.equals("Evicted") || status.equals("NodeLost") ? status : null;
        facts.add(new PodInfo(ref, phase(), reason, null, node, null, null, line, line, reason == null ? null : line,
                null, null));
        if (status.startsWith(INIT)) {
            String initStatus = status.substring(INIT.length());
            facts.add(container(container, ContainerKind.INIT, state(initStatus.matches("\\d+/\\d+") ? "" : initStatus)));
        } else if (state(status) != null || status.equals("Running")) {
            facts.add(container(container, ContainerKind.APP, state(status)));
        }
        return facts;
    }

    private ContainerStatus container(String name, ContainerKind kind, ContainerState state) {
        String[] counts = ready == null ? new String[0] : ready.split("/");
        Boolean isReady = counts.length == 2 ? counts[0].equals(counts[1]) : null;
        return new ContainerStatus(ref, name, kind, null, state, null, isReady, restarts, Resources.NONE,
                Resources.NONE, null, null, null, line, null, line, line);
    }

    private ContainerState state(String reason) {
        if (reason.equals("Running")) {
            return new ContainerState("Running", null, null, null, null, null, null, line, null, null, null);
        }
        if (WAITING.contains(reason)) {
            return new ContainerState("Waiting", reason, null, null, null, null, null, line, line, null, null);
        }
        if (TERMINATED.contains(reason)) {
            return new ContainerState("Terminated", reason, null, null, null, null, null, line, line, null, null);
        }
        return null;
    }

    /** The pod phase STATUS implies, or {@code null} when it does not tell (Terminating, ContainerStatusUnknown). */
    private String phase() {
        if (status.startsWith(INIT) || status.equals("Pending") || NEVER_STARTED.contains(status)) {
            return "Pending";
        }
        if (status.equals("Completed") && (restarts == null || restarts == 0)) {
            return "Succeeded";
        }
        if (status.equals("Evicted") || status.equals("Error") && (restarts == null || restarts == 0)) {
            return "Failed";
        }
        if (status.equals("Unknown") || status.equals("NodeLost")) {
            return "Unknown";
        }
        return status.equals("Running") || WAITING.contains(status) || TERMINATED.contains(status) ? "Running" : null;
    }
}
