package dev.kubeadvisor.model;

/**
 * One line of the user's input: the evidence a fact was read from.
 * {@code text} is already redacted, so it can be echoed anywhere.
 */
public record SourceLine(String document, int line, String text) {
}
