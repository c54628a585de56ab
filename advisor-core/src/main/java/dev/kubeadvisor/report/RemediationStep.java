package dev.kubeadvisor.report;

/** One thing to do, and the command that does it ({@code null} when the step is advice). */
public record RemediationStep(String step, String command) {
}
