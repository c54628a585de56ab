package dev.kubeadvisor.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kubeadvisor.Advisor;
import dev.kubeadvisor.Snapshot;
import dev.kubeadvisor.golden.ExpectedDiagnoses;
import dev.kubeadvisor.golden.GoldenCheck;
import dev.kubeadvisor.input.InputDocument;
import dev.kubeadvisor.report.Report;
import java.nio.file.Files;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The golden harness: every fixture folder's input must give exactly the diagnoses of its {@code expected.json}
 * ({@link GoldenCheck}, the comparison {@code kube-advisor rules test} runs on custom packs).
 * Run with {@code -Dgolden.update=true} to rewrite the expected files from what the rules now say (then review
 * the diff).
 */
class GoldenFixturesTest {

    static final Advisor ADVISOR = Advisor.builder().withBuiltInRules().build();
    private static final boolean UPDATE = Boolean.getBoolean("golden.update");

    @TestFactory
    Stream<DynamicTest> every_text_fixture_yields_exactly_its_expected_diagnoses() {
        return FixtureCase.all().stream().filter(c -> !c.hasObjects())
                .map(c -> DynamicTest.dynamicTest(c.name(), () -> check(c, c.textInputs())));
    }

    static void check(FixtureCase fixture, List<InputDocument> inputs) throws Exception {
        Report report = ADVISOR.diagnose(Snapshot.fromInputs(inputs));
        if (UPDATE) {
            Files.writeString(fixture.expectedFile(), ExpectedDiagnoses.describe(report));
            return;
        }
        assertThat(fixture.expectedFile()).as("%s has no expected.json: write it with -Dgolden.update=true",
                fixture.name()).exists();
        assertThat(GoldenCheck.problems(fixture.golden(), report)).as("%s%nfired: %s", fixture.name(),
                GoldenCheck.fired(report)).isEmpty();
    }
}
