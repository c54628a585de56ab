package dev.kubeadvisor.model;

/**
 * A {@code Liveness:}, {@code Readiness:} or {@code Startup:} line, e.g.
 * {@code http-get http://:8080/healthz delay=10s timeout=1s period=10s #success=1 #failure=3}.
 */
public record Probe(String kind, String action, String target, Integer delaySeconds, Integer timeoutSeconds,
                    Integer periodSeconds, Integer successThreshold, Integer failureThreshold, SourceLine line) {

    /** Kubernetes' default when the threshold is not known. */
    public static final int DEFAULT_FAILURE_THRESHOLD = 3;

    /** How many consecutive failures make the kubelet act. */
    public int failuresToAct() {
        return failureThreshold == null ? DEFAULT_FAILURE_THRESHOLD : failureThreshold;
    }

    /** The probe as kubectl printed it, without its label: {@code http-get http://:8080/healthz delay=10s ...}. */
    public String text() {
        String printed = line.text();
        return printed.substring(printed.indexOf(':') + 1).strip();
    }
}
