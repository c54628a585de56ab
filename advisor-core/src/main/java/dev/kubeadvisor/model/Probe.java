package dev.kubeadvisor.model;

/**
 * A {@code Liveness:}, {@code Readiness:} or {@code Startup:} line, e.g.
 * {@code http-get http://:8080/healthz delay=10s timeout=1s period=10s #success=1 #failure=3}.
 */
public record Probe(String kind, String action, String target, Integer delaySeconds, Integer timeoutSeconds,
                    Integer periodSeconds, Integer successThreshold, Integer failureThreshold, SourceLine line) {
}
