package dev.kubeadvisor.input;

/** The input cannot be diagnosed at all; the message says why in one line, for a person. */
public class InputException extends RuntimeException {

    public InputException(String message) {
        super(message);
    }
}
