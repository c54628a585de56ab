package dev.kubeadvisor.cli;

/** The CLI's exit codes, so scripts can branch on them. */
final class ExitCodes {

    static final int OK = 0;
    static final int FINDINGS = 1;
    static final int USAGE_OR_INPUT = 2;

    private ExitCodes() {
    }
}
