package dev.kubeadvisor.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code kube-advisor}: the top-level command; the work is in its subcommands. */
@Command(name = "kube-advisor", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Diagnoses Kubernetes problems from kubectl output: the cause, the evidence lines, the fix.",
        subcommands = {DiagnoseCommand.class, CommandLine.HelpCommand.class})
public final class KubeAdvisorCommand {

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the CLI and returns its exit code: 0 fine, 1 findings at or above --fail-on, 2 usage or input error. */
    public static int run(String... args) {
        CommandLine commandLine = new CommandLine(new KubeAdvisorCommand());
        commandLine.setExecutionExceptionHandler(new FriendlyErrors());
        commandLine.setParameterExceptionHandler((ex, ignored) -> {
            ex.getCommandLine().getErr().println("kube-advisor: " + ex.getMessage());
            ex.getCommandLine().getErr().println("Try 'kube-advisor " + ex.getCommandLine().getCommandName()
                    + " --help' for usage.");
            return ExitCodes.USAGE_OR_INPUT;
        });
        return commandLine.execute(args);
    }
}
