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

    /**
     * The probe as {@code kubectl describe} prints it, without its label:
     * {@code http-get http://:8080/healthz delay=10s timeout=1s period=10s #success=1 #failure=3}. Built from the
     * fields, so a probe read from JSON or YAML reads the same; settings that are not known are left out.
     */
    public String text() {
        StringBuilder text = new StringBuilder(action == null ? "" : action);
        if (target != null && !target.isEmpty()) {
            text.append(' ').append(target);
        }
        setting(text, "delay", delaySeconds, "s");
        setting(text, "timeout", timeoutSeconds, "s");
        setting(text, "period", periodSeconds, "s");
        setting(text, "#success", successThreshold, "");
        setting(text, "#failure", failureThreshold, "");
        return text.toString().strip();
    }

    private static void setting(StringBuilder text, String name, Integer value, String unit) {
        if (value != null) {
            text.append(' ').append(name).append('=').append(value).append(unit);
        }
    }
}
