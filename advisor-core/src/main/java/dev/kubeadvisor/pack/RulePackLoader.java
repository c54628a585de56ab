package dev.kubeadvisor.pack;

import dev.kubeadvisor.engine.Engine;
import dev.kubeadvisor.engine.RuleConventions;
import dev.kubeadvisor.engine.RuleInfo;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.io.Resource;
import org.kie.api.io.ResourceType;
import org.kie.internal.builder.CompositeKnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderError;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.io.ResourceFactory;
import org.drools.kiesession.rulebase.KnowledgeBaseFactory;

/**
 * Compiles custom rule packs (folders of {@code .drl} files) at start-up into the same KieBase as the built-in
 * rules, so a custom rule can match the built-in facts and signals. The built-in rules stay the executable model
 * compiled at build time; only the packs' DRL is compiled here. A pack must keep the catalogue's conventions: a
 * file's diagnosis rule is named like the file, its metadata is complete, rule IDs are unique across all packs.
 */
public final class RulePackLoader {

    private RulePackLoader() {
    }

    /**
     * An engine of the built-in rules (when {@code withBuiltIn}) and the packs' rules.
     *
     * @throws RulePackException naming every file (and line) that is wrong, when a pack cannot be used
     */
    public static Engine load(boolean withBuiltIn, List<Path> packs) {
        List<RulePackFile> files = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (Path pack : packs) {
            files.addAll(read(pack, problems));
        }
        KieBase kieBase = withBuiltIn ? Engine.newBuiltInKieBase()
                : KnowledgeBaseFactory.newKnowledgeBase(Engine.configuration(KieServices.Factory.get()));
        problems.addAll(duplicateIds(kieBase, files));
        files.forEach(file -> problems.addAll(RuleConventions.forbiddenConstructs(file.location(), file.text())));
        if (problems.isEmpty()) {
            problems.addAll(compile(kieBase, files));
        }
        if (problems.isEmpty()) {
            problems.addAll(metadataViolations(kieBase, files));
        }
        if (!problems.isEmpty()) {
            throw new RulePackException(problems);
        }
        return new Engine(kieBase, Engine.DEFAULT_FIRING_CAP);
    }

    private static List<RulePackFile> read(Path pack, List<String> problems) {
        if (!Files.isDirectory(pack)) {
            problems.add(pack + ": no such folder");
            return List.of();
        }
        List<RulePackFile> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(pack)) {
            for (Path file : walk.filter(p -> p.toString().endsWith(".drl") && Files.isRegularFile(p)).sorted().toList()) {
                Path relative = pack.relativize(file);
                String text = Files.readString(file, StandardCharsets.UTF_8);
                String category = relative.getNameCount() > 1 ? relative.getName(0).toString() : null;
                files.add(new RulePackFile(file.toString(), text, category, RuleConventions.ruleNames(text)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (files.isEmpty()) {
            problems.add(pack + ": holds no .drl files");
        }
        return files;
    }

    /** Every rule name defined twice, among the packs or with the built-in rules, with both places. */
    private static List<String> duplicateIds(KieBase kieBase, List<RulePackFile> files) {
        Map<String, String> defined = new LinkedHashMap<>();
        for (KiePackage kiePackage : kieBase.getKiePackages()) {
            kiePackage.getRules().forEach(rule -> defined.put(rule.getName(),
                    "the built-in rules (package " + kiePackage.getName() + ")"));
        }
        List<String> problems = new ArrayList<>();
        for (RulePackFile file : files) {
            for (String name : file.ruleNames()) {
                String first = defined.putIfAbsent(name, file.location());
                if (first != null) {
                    problems.add("rule \"" + name + "\" is defined twice: in " + first + " and in " + file.location());
                }
            }
        }
        return problems;
    }

    /** Compiles all files in one batch (a pack's files may use each other's declarations); errors name file:line. */
    private static List<String> compile(KieBase kieBase, List<RulePackFile> files) {
        KnowledgeBuilder builder = KnowledgeBuilderFactory.newKnowledgeBuilder(kieBase);
        CompositeKnowledgeBuilder batch = builder.batch();
        for (RulePackFile file : files) {
            Resource resource = ResourceFactory.newByteArrayResource(file.text().getBytes(StandardCharsets.UTF_8));
            resource.setSourcePath(file.location());
            batch.add(resource, ResourceType.DRL);
        }
        batch.build();
        List<String> problems = new ArrayList<>();
        for (KnowledgeBuilderError error : builder.getErrors()) {
            String where = error.getResource() == null ? "rule pack" : error.getResource().getSourcePath();
            int[] lines = error.getLines();
            if (lines != null && lines.length > 0 && lines[0] > 0) {
                where += ":" + lines[0];
            }
            problems.add(where + ": " + error.getMessage().strip().replaceAll("\\s*\\R\\s*", " "));
        }
        return problems;
    }

    /** The packs' diagnosis rules, checked as the built-in catalogue is: one per file, named like it, metadata complete. */
    private static List<String> metadataViolations(KieBase kieBase, List<RulePackFile> files) {
        Map<String, Rule> rules = new LinkedHashMap<>();
        kieBase.getKiePackages().forEach(p -> p.getRules().forEach(rule -> rules.put(rule.getName(), rule)));
        Set<String> diagnosisIds = rules.values().stream().filter(RuleInfo::isDiagnosis).map(Rule::getName)
                .collect(Collectors.toSet());
        List<String> problems = new ArrayList<>();
        for (RulePackFile file : files) {
            List<Rule> diagnoses = file.ruleNames().stream().map(rules::get).filter(RuleInfo::isDiagnosis).toList();
            if (diagnoses.isEmpty()) {
                continue;
            }
            if (!file.ruleNames().equals(List.of(file.fileId()))) {
                problems.add(file.location() + ": must hold exactly one rule, named \"" + file.fileId()
                        + "\" like the file; found " + file.ruleNames());
                continue;
            }
            RuleInfo info;
            try {
                info = RuleInfo.of(diagnoses.get(0));
            } catch (IllegalArgumentException e) {
                problems.add(file.location() + ": @severity must be critical, warning or info, and @confidence high, "
                        + "medium or low");
                continue;
            }
            problems.addAll(RuleConventions.metadataViolations(file.location(), file.text(), info, file.category(),
                    diagnosisIds::contains));
        }
        return problems;
    }
}
