package dev.kubeadvisor.cli;

import dev.kubeadvisor.Advisor;
import dev.kubeadvisor.DiagnoseOptions;
import dev.kubeadvisor.Snapshot;
import dev.kubeadvisor.engine.Severity;
import dev.kubeadvisor.input.InputDocument;
import dev.kubeadvisor.input.InputException;
import dev.kubeadvisor.input.SnapshotReader;
import dev.kubeadvisor.render.JsonRenderer;
import dev.kubeadvisor.render.MarkdownRenderer;
import dev.kubeadvisor.render.Renderer;
import dev.kubeadvisor.render.SarifRenderer;
import dev.kubeadvisor.render.TextRenderer;
import dev.kubeadvisor.report.Report;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code kube-advisor diagnose [FILE…|-]}: reads kubectl output and prints the diagnoses. */
@Command(name = "diagnose", mixinStandardHelpOptions = true,
        description = {"Diagnoses kubectl output read from files, or from standard input when no file (or '-') is given.",
                "Example: kubectl describe pod web-7d4b9c | kube-advisor diagnose"},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:nothing at or above --fail-on", "1:findings at or above --fail-on",
                "2:usage or input error"})
final class DiagnoseCommand implements Callable<Integer> {

    enum Format { text, json, markdown, sarif }

    enum FailOn { critical, warning, info, never }

    @Spec
    private CommandSpec spec;

    @ParentCommand
    private KubeAdvisorCommand cli;

    @Parameters(arity = "0..*", paramLabel = "FILE", description = "kubectl output files; '-' or none reads stdin")
    private List<String> files = new ArrayList<>();

    @Option(names = {"-o", "--output"}, defaultValue = "text",
            description = "text, json, markdown (chat, tickets) or sarif (SARIF 2.1.0) (default: ${DEFAULT-VALUE})")
    private Format format;

    @Mixin
    private RulePackOption packs;

    @Mixin
    private SuppressionOptions suppression;

    @Option(names = "--fail-on", defaultValue = "critical",
            description = "exit 1 when a finding is at least this severe: critical, warning, info or never "
                    + "(default: ${DEFAULT-VALUE})")
    private FailOn failOn;

    @Override
    public Integer call() throws IOException {
        // Loading the rules takes most of a cold start; reading and parsing the input overlaps with it.
        CompletableFuture<Advisor> loading = CompletableFuture.supplyAsync(packs::advisor);
        DiagnoseOptions options = suppression.options(cli.workingDirectory());
        Snapshot snapshot = Snapshot.fromInputs(readInputs());
        Advisor advisor = joined(loading);
        Report report = advisor.diagnose(snapshot, options);
        PrintWriter out = spec.commandLine().getOut();
        out.print(renderer(advisor).render(report));
        out.flush();
        return failOn == FailOn.never || report.worstSeverity()
                .filter(worst -> worst.atLeast(Severity.parse(failOn.name()))).isEmpty()
                ? ExitCodes.OK : ExitCodes.FINDINGS;
    }

    static Advisor joined(CompletableFuture<Advisor> advisor) {
        try {
            return advisor.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    private Renderer renderer(Advisor advisor) {
        switch (format) {
            case json:
                return new JsonRenderer();
            case markdown:
                return new MarkdownRenderer();
            case sarif:
                return new SarifRenderer(advisor.rules());
            default:
                break;
        }
        return new TextRenderer(cli.colour());
    }

    private List<InputDocument> readInputs() throws IOException {
        List<InputDocument> inputs = new ArrayList<>();
        if (files.isEmpty()) {
            if (cli.terminal()) {
                throw new InputException("no input: pipe kubectl output in (kubectl describe pod NAME | kube-advisor "
                        + "diagnose) or name a file");
            }
            files.add("-");
        }
        for (String file : files) {
            inputs.add(file.equals("-") ? new InputDocument("stdin", readCapped(cli.stdin(), "standard input"))
                    : readFile(file));
        }
        return inputs;
    }

    private static InputDocument readFile(String name) throws IOException {
        Path path = Path.of(name);
        if (Files.isDirectory(path)) {
            throw new InputException(name + " is a directory; name the files inside it");
        }
        try (InputStream in = Files.newInputStream(path)) {
            return new InputDocument(name, readCapped(in, name));
        } catch (NoSuchFileException e) {
            throw new InputException(name + ": no such file");
        } catch (AccessDeniedException e) {
            throw new InputException(name + ": permission denied");
        }
    }

    /** Reads at most the size cap, so a huge input is refused without being held in memory. */
    private static String readCapped(InputStream in, String name) throws IOException {
        byte[] bytes = in.readNBytes((int) SnapshotReader.MAX_INPUT_CHARS + 1);
        if (bytes.length > SnapshotReader.MAX_INPUT_CHARS) {
            throw new InputException(name + " is larger than the " + SnapshotReader.MAX_INPUT_CHARS / 1048576
                    + " MiB limit: pass only the output of the objects to diagnose");
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
