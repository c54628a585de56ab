package dev.kubeadvisor.cli;

import dev.kubeadvisor.engine.RuleLoopException;
import dev.kubeadvisor.input.InputException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/** One clear line on stderr for every error a user can cause; never a stack trace. */
final class FriendlyErrors implements IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception ex, CommandLine commandLine, ParseResult parseResult) {
        String message = ex instanceof InputException || ex instanceof RuleLoopException ? ex.getMessage()
                : "internal error (" + ex.getClass().getSimpleName() + "): " + ex.getMessage()
                + " — please report it with the input that caused it";
        commandLine.getErr().println("kube-advisor: " + message);
        return ExitCodes.USAGE_OR_INPUT;
    }
}
