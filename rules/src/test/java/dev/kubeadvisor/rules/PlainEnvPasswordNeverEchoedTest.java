package dev.kubeadvisor.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import dev.kubeadvisor.Snapshot;
import dev.kubeadvisor.input.InputDocument;
import dev.kubeadvisor.input.Redactor;
import dev.kubeadvisor.render.JsonRenderer;
import dev.kubeadvisor.render.TextRenderer;
import dev.kubeadvisor.report.Report;
import dev.kubeadvisor.testing.kubectl.Kubectl;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The password scenario: kubectl prints a literal {@code DB_PASSWORD} value in the Environment section. The advisor
 * reads that text, but no report it renders may repeat the value, whichever kubectl version printed it; a line it
 * cites as evidence shows {@value Redactor#MASK} in its place.
 */
class PlainEnvPasswordNeverEchoedTest {

    private static final FixtureCase SCENARIO =
            new FixtureCase(FixtureCase.root().resolve("scenarios/password-in-plain-env"));
    private static final List<String> SECRETS = literalSecretValues();

    @Test
    void the_scenario_holds_a_literal_value_under_a_sensitive_variable_name() {
        assertThat(SECRETS).isNotEmpty();
    }

    @TestFactory
    Stream<DynamicTest> no_rendered_report_contains_the_literal_password_with_any_kubectl_version() {
        List<Kubectl> versions = Kubectl.installedVersions();
        if (versions.isEmpty()) {
            return Stream.of(DynamicTest.dynamicTest("password scenario described by kubectl",
                    () -> assumeFalse(true, "SKIPPED: no kubectl found (" + Kubectl.searchDescription() + ")")));
        }
        return versions.stream().map(kubectl -> DynamicTest.dynamicTest(SCENARIO.name() + " with " + kubectl,
                () -> checkNothingEchoed(KubectlFixturesTest.describedByKubectl(SCENARIO, kubectl))));
    }

    private static void checkNothingEchoed(List<InputDocument> inputs) {
        String describeText = inputs.get(0).content();
        Snapshot snapshot = Snapshot.fromInputs(inputs);
        Report report = GoldenFixturesTest.ADVISOR.diagnose(snapshot);
        assertThat(SECRETS).as("literal values of sensitive variables in the scenario").isNotEmpty();
        for (String secret : SECRETS) {
            assertThat(describeText).as("kubectl printed the value, so the checks below mean something")
                    .contains(secret);
            assertThat(snapshot.facts()).as("facts any rule could cite or quote")
                    .allSatisfy(fact -> assertThat(String.valueOf(fact)).doesNotContain(secret));
            assertThat(new JsonRenderer().render(report)).as("JSON report").doesNotContain(secret);
            assertThat(new TextRenderer(false).render(report)).as("text report").doesNotContain(secret);
            assertThat(new TextRenderer(true).render(report)).as("coloured text report").doesNotContain(secret);
        }
        List<Integer> secretLines = linesContainingSecrets(describeText);
        report.diagnoses().stream().flatMap(d -> d.evidence().stream())
                .filter(evidence -> evidence.source().equals("describe.txt") && secretLines.contains(evidence.line()))
                .forEach(evidence -> assertThat(evidence.text()).as("evidence line %d", evidence.line())
                        .endsWith(Redactor.MASK));
    }

    /** 1-based numbers of the lines where kubectl printed a secret value. */
    private static List<Integer> linesContainingSecrets(String text) {
        List<String> lines = text.lines().toList();
        List<Integer> numbers = new ArrayList<>();
        for (int index = 0; index < lines.size(); index++) {
            String line = lines.get(index);
            if (SECRETS.stream().anyMatch(line::contains)) {
                numbers.add(index + 1);
            }
        }
        return numbers;
    }

    /** The literal {@code value} of every env variable with a sensitive name, in the scenario's pods. */
    private static List<String> literalSecretValues() {
        JsonNode objects = JsonMapper.shared().readTree(SCENARIO.folder().resolve(FixtureCase.OBJECTS));
        List<String> values = new ArrayList<>();
        for (JsonNode object : objects.path("items")) {
            if (!object.path("kind").asString().equals("Pod")) {
                continue;
            }
            Stream.of("initContainers", "containers")
                    .flatMap(list -> object.path("spec").path(list).values().stream())
                    .flatMap(container -> container.path("env").values().stream())
                    .filter(env -> env.hasNonNull("value") && Redactor.isSensitiveName(env.path("name").asString()))
                    .forEach(env -> values.add(env.path("value").asString()));
        }
        return values;
    }
}
