package dev.kubeadvisor.cli;

import picocli.CommandLine.Command;

/** {@code kube-advisor rules list|show|test|docs}: the rule catalogue, built-in and custom packs. */
@Command(name = "rules", mixinStandardHelpOptions = true,
        description = "Lists, shows, tests and documents the diagnosis rules (built-in and --rules packs).",
        subcommands = {RulesListCommand.class, RulesShowCommand.class, RulesTestCommand.class,
                RulesDocsCommand.class})
final class RulesCommand {
}
