package dev.kubeadvisor.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kubeadvisor.engine.Engine;
import dev.kubeadvisor.engine.RuleConventions;
import dev.kubeadvisor.engine.RuleInfo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Checks the whole catalogue at once and reports every violation of the rule conventions (design §4, §5). */
class CatalogueConventionsTest {

    private static final Path RULES = Path.of("src/main/resources/dev/kubeadvisor/rules");
    private static final Set<String> RESULTS = Set.of("healthy", "undetermined-unhealthy");
    private static final Map<String, RuleInfo> CATALOGUE = Engine.builtIn().rules();

    @Test
    void every_rule_file_follows_the_catalogue_conventions() throws IOException {
        List<String> violations = new ArrayList<>();
        for (Path file : drlFiles()) {
            String category = RULES.relativize(file).getName(0).toString();
            String fileId = file.getFileName().toString().replaceFirst("\\.drl$", "");
            String text = Files.readString(file);
            violations.addAll(RuleConventions.forbiddenConstructs(file.toString(), text));
            if (!text.contains("package dev.kubeadvisor.rules." + category + ";")) {
                violations.add(file + ": package must be dev.kubeadvisor.rules." + category);
            }
            List<String> names = RuleConventions.ruleNames(text);
            if (category.equals("signals")) {
                names.stream().filter(n -> !n.startsWith("signal-"))
                        .forEach(n -> violations.add(file + ": signal rule " + n + " must be named signal-*"));
                if (text.contains("@severity")) {
                    violations.add(file + ": signal rules carry no @severity");
                }
                if (text.contains("insert(") && !text.contains("insertLogical(")) {
                    violations.add(file + ": signal rules create facts with insertLogical only");
                }
                continue;
            }
            if (!names.equals(List.of(fileId))) {
                violations.add(file + ": must hold exactly one rule named \"" + fileId + "\", found " + names);
                continue;
            }
            violations.addAll(metadataViolations(file, fileId, category, text));
            violations.addAll(fixtureViolations(fileId));
        }
        assertThat(violations).as("catalogue convention violations").isEmpty();
    }

    @Test
    void every_rule_named_in_an_expected_file_exists() throws IOException {
        List<String> unknown = new ArrayList<>();
        JsonMapper json = JsonMapper.builder().build();
        for (FixtureCase fixture : FixtureCase.all()) {
            if (!Files.exists(fixture.expectedFile())) {
                continue;
            }
            JsonNode expected = json.readTree(Files.readString(fixture.expectedFile()));
            for (JsonNode diagnosis : expected.path("diagnoses")) {
                for (String field : List.of("rule", "symptomOf")) {
                    String rule = diagnosis.path(field).asString(null);
                    if (rule != null && !CATALOGUE.containsKey(rule) && !RESULTS.contains(rule)) {
                        unknown.add(fixture.name() + ": " + field + " " + rule);
                    }
                }
            }
            if (fixture.ruleId() != null && !CATALOGUE.containsKey(fixture.ruleId())) {
                unknown.add(fixture.name() + ": folder names no rule");
            }
        }
        assertThat(unknown).as("rules named in fixtures but not in the catalogue").isEmpty();
    }

    private static List<String> metadataViolations(Path file, String id, String category, String text) {
        RuleInfo rule = CATALOGUE.get(id);
        if (rule == null) {
            return List.of(file + ": no @severity, so it is not a diagnosis rule");
        }
        return RuleConventions.metadataViolations(file.toString(), text, rule, category, CATALOGUE::containsKey);
    }

    private static List<String> fixtureViolations(String id) throws IOException {
        Path folder = FixtureCase.root().resolve("rules").resolve(id);
        List<String> cases = Files.isDirectory(folder)
                ? Files.list(folder).map(p -> p.getFileName().toString()).toList() : List.of();
        List<String> violations = new ArrayList<>();
        if (cases.stream().noneMatch(c -> c.startsWith("fires-"))) {
            violations.add(id + ": needs a fixtures/rules/" + id + "/fires-* case");
        }
        if (cases.stream().noneMatch(c -> c.startsWith("near-miss-"))) {
            violations.add(id + ": needs a fixtures/rules/" + id + "/near-miss-* case");
        }
        cases.stream().filter(c -> !c.startsWith("fires-") && !c.startsWith("near-miss-"))
                .forEach(c -> violations.add(id + ": fixture folder " + c + " must start with fires- or near-miss-"));
        return violations;
    }

    private static List<Path> drlFiles() throws IOException {
        try (Stream<Path> walk = Files.walk(RULES)) {
            return walk.filter(p -> p.toString().endsWith(".drl")).sorted().toList();
        }
    }
}
