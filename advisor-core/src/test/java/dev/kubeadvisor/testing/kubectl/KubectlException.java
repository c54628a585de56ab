package dev.kubeadvisor.testing.kubectl;

/** kubectl failed, timed out or was interrupted; the message holds the command and kubectl's standard error. */
public final class KubectlException extends RuntimeException {

    KubectlException(String message) {
        super(message);
    }
}
