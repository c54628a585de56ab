package dev.kubeadvisor.input;

/** A piece of input as the user gave it: a file name (or {@code stdin}) and its text. */
public record InputDocument(String name, String content) {
}
