package dev.kubeadvisor.cli;

import dev.kubeadvisor.engine.RuleInfo;
import dev.kubeadvisor.render.RuleJson;
import java.io.PrintWriter;
import java.util.Collection;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code kube-advisor rules list}: every diagnosis rule, one line each, or all their metadata as JSON. */
@Command(name = "list", mixinStandardHelpOptions = true, description = "Lists the diagnosis rules.")
final class RulesListCommand implements Callable<Integer> {

    enum Format { text, json }

    @Spec
    private CommandSpec spec;

    @Mixin
    private RulePackOption packs;

    @Option(names = {"-o", "--output"}, defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE})")
    private Format format;

    @Override
    public Integer call() {
        Collection<RuleInfo> rules = packs.advisor().rules().values();
        PrintWriter out = spec.commandLine().getOut();
        out.print(format == Format.json ? RuleJson.of(rules) : table(rules));
        out.flush();
        return ExitCodes.OK;
    }

    private static String table(Collection<RuleInfo> rules) {
        int idWidth = Math.max("ID".length(), rules.stream().mapToInt(r -> r.id().length()).max().orElse(0));
        int categoryWidth = Math.max("CATEGORY".length(),
                rules.stream().mapToInt(r -> r.category().length()).max().orElse(0));
        String row = "%-" + idWidth + "s  %-8s  %-" + categoryWidth + "s  %s%n";
        StringBuilder out = new StringBuilder(String.format(row, "ID", "SEVERITY", "CATEGORY", "TITLE"));
        rules.forEach(r -> out.append(String.format(row, r.id(), r.severity().label(), r.category(), r.title())));
        return out.toString();
    }
}
