package dev.kubeadvisor.cli;

import dev.kubeadvisor.golden.GoldenCase;
import dev.kubeadvisor.render.CatalogueDocs;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code kube-advisor rules docs}: the catalogue as Markdown, as {@code docs/rules.md} holds it. */
@Command(name = "docs", mixinStandardHelpOptions = true,
        description = {"Prints the rule catalogue as Markdown.",
                "Example: " + CatalogueDocs.REGENERATE})
final class RulesDocsCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private RulePackOption packs;

    @Option(names = "--fixtures", paramLabel = "DIR",
            description = "the rules' fixture folders (<rule-id>/fires-*|near-miss-*), to say what fires each rule")
    private Path fixtures;

    @Override
    public Integer call() {
        List<GoldenCase> cases = fixtures == null ? List.of() : GoldenCase.ruleCasesBelow(fixtures);
        PrintWriter out = spec.commandLine().getOut();
        out.print(CatalogueDocs.markdown(packs.advisor().rules().values(), cases));
        out.flush();
        return ExitCodes.OK;
    }
}
