package dev.kubeadvisor.cli;

import dev.kubeadvisor.Advisor;
import dev.kubeadvisor.Snapshot;
import dev.kubeadvisor.golden.ExpectedDiagnoses;
import dev.kubeadvisor.golden.GoldenCase;
import dev.kubeadvisor.golden.GoldenCheck;
import dev.kubeadvisor.input.InputException;
import dev.kubeadvisor.report.Report;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code kube-advisor rules test DIR}: runs a pack's fixtures ({@code <rule-id>/fires-*} and
 * {@code <rule-id>/near-miss-*} folders with inputs and {@code expected.json}) through the same golden comparison
 * as the built-in catalogue's tests. A DIR that holds {@code .drl} files is loaded as a rule pack too.
 */
@Command(name = "test", mixinStandardHelpOptions = true,
        description = {"Runs a rule pack's fixtures and compares each report with its expected.json.",
                "Example: kube-advisor rules test examples/rule-pack"},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every case passed", "1:a case failed", "2:usage error, or a pack does not compile"})
final class RulesTestCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private RulePackOption packs;

    @Parameters(paramLabel = "DIR", description = "a folder with <rule-id>/fires-*|near-miss-* fixture folders")
    private Path folder;

    @Option(names = "--update", description = "write each case's expected.json from what the rules now say "
            + "(then review the diff)")
    private boolean update;

    @Override
    public Integer call() throws IOException {
        List<GoldenCase> cases = GoldenCase.ruleCasesBelow(folder);
        if (cases.isEmpty()) {
            throw new InputException(folder + " holds no <rule-id>/fires-* or <rule-id>/near-miss-* folders");
        }
        Advisor advisor = packs.advisor(holdsRules(folder) ? List.of(folder) : List.of());
        PrintWriter out = spec.commandLine().getOut();
        int exitCode = update ? update(advisor, cases, out) : test(advisor, cases, out);
        out.flush();
        return exitCode;
    }

    private static int update(Advisor advisor, List<GoldenCase> cases, PrintWriter out) throws IOException {
        for (GoldenCase fixture : cases) {
            if (!fixture.hasObjects()) {
                Files.writeString(fixture.expectedFile(), ExpectedDiagnoses.describe(diagnose(advisor, fixture)));
                out.println("WROTE " + fixture.expectedFile());
            }
        }
        return ExitCodes.OK;
    }

    private static int test(Advisor advisor, List<GoldenCase> cases, PrintWriter out) {
        int failed = 0;
        int skipped = 0;
        for (GoldenCase fixture : cases) {
            if (fixture.hasObjects()) {
                out.println("SKIP " + fixture.name() + "  (" + GoldenCase.OBJECTS
                        + " is turned into kubectl text by the rules module's tests only)");
                skipped++;
                continue;
            }
            List<String> problems = run(advisor, fixture);
            out.println((problems.isEmpty() ? "PASS " : "FAIL ") + fixture.name());
            problems.forEach(problem -> out.println("    " + problem));
            failed += problems.isEmpty() ? 0 : 1;
        }
        out.println(cases.size() - failed - skipped + " passed, " + failed + " failed, " + skipped + " skipped");
        return failed == 0 ? ExitCodes.OK : ExitCodes.FINDINGS;
    }

    private static Report diagnose(Advisor advisor, GoldenCase fixture) {
        return advisor.diagnose(Snapshot.fromInputs(fixture.textInputs()));
    }

    private static List<String> run(Advisor advisor, GoldenCase fixture) {
        Report report;
        try {
            report = diagnose(advisor, fixture);
        } catch (InputException e) {
            return List.of("the input cannot be diagnosed: " + e.getMessage());
        }
        List<String> problems = GoldenCheck.problems(fixture, report);
        return problems.isEmpty() ? problems
                : Stream.concat(problems.stream(), Stream.of("fired:" + GoldenCheck.fired(report).replace("\n",
                        "\n    "))).toList();
    }

    private static boolean holdsRules(Path folder) {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.anyMatch(p -> p.toString().endsWith(".drl"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
