package dev.kubeadvisor.engine;

/** An evaluation fired more rules than the cap allows: a rule keeps re-triggering itself. */
public class RuleLoopException extends RuntimeException {

    public RuleLoopException(String message) {
        super(message);
    }
}
