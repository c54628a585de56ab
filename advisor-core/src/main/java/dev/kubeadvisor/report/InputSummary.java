package dev.kubeadvisor.report;

/** A part of the input that was recognised: its file, what it is, and its line range ({@code "12-80"}). */
public record InputSummary(String name, String kind, String lines) {
}
