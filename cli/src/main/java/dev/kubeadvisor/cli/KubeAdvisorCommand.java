package dev.kubeadvisor.cli;

import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code kube-advisor}: the top-level command; the work is in its subcommands. */
@Command(name = "kube-advisor", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Diagnoses Kubernetes problems from kubectl output: the cause, the evidence lines, the fix.",
        subcommands = {DiagnoseCommand.class, ScanCommand.class, RulesCommand.class, ServeCommand.class,
                CommandLine.HelpCommand.class})
public final class KubeAdvisorCommand {

    private final Path workingDirectory;
    private final InputStream stdin;
    private final boolean terminal;

    KubeAdvisorCommand(Path workingDirectory, InputStream stdin, boolean terminal) {
        this.workingDirectory = workingDirectory;
        this.stdin = stdin;
        this.terminal = terminal;
    }

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        int exitCode;
        try {
            exitCode = run(System.in, out, err, System.console() != null, args);
        } catch (OutOfMemoryError e) {
            err.println("kube-advisor: the input needs more memory than the CLI's heap; run it again with "
                    + "KUBE_ADVISOR_CLI_HEAP=256m, or pass fewer objects");
            exitCode = ExitCodes.USAGE_OR_INPUT;
        }
        System.exit(exitCode);
    }

    /**
     * Runs the CLI and returns its exit code: 0 fine, 1 findings at or above --fail-on, 2 usage or input error.
     * {@code terminal} says whether the output goes to a person's terminal (colour is then allowed).
     */
    public static int run(InputStream stdin, PrintWriter out, PrintWriter err, boolean terminal, String... args) {
        return run(Path.of("").toAbsolutePath(), stdin, out, err, terminal, args);
    }

    /** Runs the CLI as if started in {@code workingDirectory} (where it looks for its settings file). */
    public static int run(Path workingDirectory, InputStream stdin, PrintWriter out, PrintWriter err, boolean terminal,
                          String... args) {
        CommandLine commandLine = new CommandLine(new KubeAdvisorCommand(workingDirectory, stdin, terminal));
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExecutionExceptionHandler(new FriendlyErrors());
        commandLine.setParameterExceptionHandler((ex, ignored) -> {
            ex.getCommandLine().getErr().println("kube-advisor: " + ex.getMessage());
            ex.getCommandLine().getErr().println("Try 'kube-advisor " + ex.getCommandLine().getCommandName()
                    + " --help' for usage.");
            return ExitCodes.USAGE_OR_INPUT;
        });
        return commandLine.execute(args);
    }

    Path workingDirectory() {
        return workingDirectory;
    }

    InputStream stdin() {
        return stdin;
    }

    boolean terminal() {
        return terminal;
    }

    /** Colour only for a person's terminal, and never when NO_COLOR is set or the terminal is dumb. */
    boolean colour() {
        return terminal && System.getenv("NO_COLOR") == null && !"dumb".equals(System.getenv("TERM"));
    }
}
