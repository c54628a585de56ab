package dev.kubeadvisor.cli;

import dev.kubeadvisor.Advisor;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import picocli.CommandLine.Option;

/** {@code --rules DIR}: custom rule packs loaded with the built-in rules. */
final class RulePackOption {

    @Option(names = "--rules", paramLabel = "DIR",
            description = "a custom rule pack: a folder of .drl files, compiled with the built-in rules (repeatable)")
    private List<Path> packs = new ArrayList<>();

    /** The built-in rules, these packs and {@code more} packs (a folder named twice is loaded once). */
    Advisor advisor(List<Path> more) {
        Advisor.Builder builder = Advisor.builder().withBuiltInRules();
        Set<Path> folders = new LinkedHashSet<>();
        Stream.concat(packs.stream(), more.stream()).forEach(p -> folders.add(p.toAbsolutePath().normalize()));
        folders.forEach(builder::withRulePack);
        return builder.build();
    }

    Advisor advisor() {
        return advisor(List.of());
    }
}
