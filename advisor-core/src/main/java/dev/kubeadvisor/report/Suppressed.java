package dev.kubeadvisor.report;

/** A diagnosis the caller's options suppressed or made less severe: which rule, about what, and why. */
public record Suppressed(String rule, String subject, String reason) {
}
