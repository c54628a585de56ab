package dev.kubeadvisor.input;

/** Something in the input that was not used, with the reason; reported so nothing is silently dropped. */
public record Note(String source, int line, String text, String note) {
}
