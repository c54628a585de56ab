package dev.kubeadvisor.cli;

import dev.kubeadvisor.engine.RemediationTemplate;
import dev.kubeadvisor.engine.RuleIds;
import dev.kubeadvisor.engine.RuleInfo;
import dev.kubeadvisor.input.InputException;
import dev.kubeadvisor.render.RuleJson;
import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code kube-advisor rules show ID}: everything about one rule, its remediation templates included. */
@Command(name = "show", mixinStandardHelpOptions = true, description = "Shows everything about one rule.",
        exitCodeListHeading = "%nExit codes:%n", exitCodeList = {"0:shown", "2:no rule has this ID"})
final class RulesShowCommand implements Callable<Integer> {

    enum Format { text, json }

    @Spec
    private CommandSpec spec;

    @Mixin
    private RulePackOption packs;

    @Parameters(paramLabel = "ID", description = "the rule ID, e.g. container-oom-killed")
    private String id;

    @Option(names = {"-o", "--output"}, defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE})")
    private Format format;

    @Override
    public Integer call() {
        Map<String, RuleInfo> rules = packs.advisor().rules();
        RuleInfo rule = rules.get(id);
        if (rule == null) {
            throw new InputException("unknown rule ID: " + RuleIds.unknown(id, rules.keySet()));
        }
        PrintWriter out = spec.commandLine().getOut();
        out.print(format == Format.json ? RuleJson.of(rule) : text(rule));
        out.flush();
        return ExitCodes.OK;
    }

    private static String text(RuleInfo rule) {
        StringBuilder out = new StringBuilder();
        out.append(rule.id()).append('\n');
        out.append("  ").append(rule.title()).append('\n');
        out.append("  Severity: ").append(rule.severity().label()).append("   Category: ").append(rule.category())
                .append("   Confidence: ").append(rule.confidence().label())
                .append(rule.generic() ? "   Generic: a symptom whose cause the advisor looks for" : "")
                .append('\n');
        out.append("  Package: ").append(rule.packageName()).append('\n');
        if (rule.explanation() != null) {
            out.append("  Why: ").append(rule.explanation()).append('\n');
        }
        if (!rule.supersedes().isEmpty()) {
            out.append("  Supersedes: ").append(String.join(", ", rule.supersedes())).append('\n');
        }
        if (!rule.remediation().isEmpty()) {
            out.append("  Fix ({placeholders} are filled from the diagnosis):\n");
            int number = 1;
            for (RemediationTemplate step : rule.remediation()) {
                out.append("    ").append(number++).append(". ").append(step.step()).append('\n');
                if (step.command() != null) {
                    out.append("       $ ").append(step.command()).append('\n');
                }
            }
        }
        if (!rule.docs().isEmpty()) {
            out.append("  Docs: ").append(String.join(" ", rule.docs())).append('\n');
        }
        return out.toString();
    }
}
