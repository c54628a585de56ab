package dev.kubeadvisor.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kubeadvisor.DiagnoseOptions;
import dev.kubeadvisor.Snapshot;
import dev.kubeadvisor.engine.Severity;
import dev.kubeadvisor.input.InputException;
import dev.kubeadvisor.report.Diagnosis;
import dev.kubeadvisor.report.Report;
import dev.kubeadvisor.report.Suppressed;
import java.io.IOException;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/** Suppression through the library, per call (the HTTP API passes a request's {@code exclude} this way). */
class DiagnoseOptionsTest {

    private static final String POD = "Pod/shop/orders-api-6b7f9c8d5-q2w8z";

    @Test
    void an_excluded_cause_is_listed_as_suppressed_and_its_symptom_stands_on_its_own() throws IOException {
        Report report = GoldenFixturesTest.ADVISOR.diagnose(oomPod(), DiagnoseOptions.none()
                .exclude("container-oom-killed"));

        assertThat(report.diagnoses()).extracting(Diagnosis::rule).doesNotContain("container-oom-killed");
        assertThat(report.diagnoses()).filteredOn(d -> d.rule().equals("container-crash-loop"))
                .extracting(Diagnosis::symptomOf).doesNotContain("container-oom-killed");
        assertThat(report.suppressed()).containsExactly(
                new Suppressed("container-oom-killed", POD, "excluded by the caller"));
    }

    @Test
    void options_apply_to_one_call_only() throws IOException {
        GoldenFixturesTest.ADVISOR.diagnose(oomPod(), DiagnoseOptions.none()
                .severity("container-oom-killed", Severity.INFO, "the on-call rota"));

        Report report = GoldenFixturesTest.ADVISOR.diagnose(oomPod());

        assertThat(report.diagnoses().get(0).severity()).isEqualTo("critical");
        assertThat(report.suppressed()).isEmpty();
    }

    @Test
    void an_unknown_rule_id_is_a_clear_error_naming_it_and_the_closest_known_ones() {
        assertThatThrownBy(() -> GoldenFixturesTest.ADVISOR.diagnose(oomPod(),
                DiagnoseOptions.none().exclude("container-oom")))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith("unknown rule ID: container-oom (did you mean container-oom-killed")
                .hasMessageContaining("[excluded by the caller]");
    }

    private static Snapshot oomPod() throws IOException {
        return Snapshot.fromText(Files.readString(FixtureCase.root().resolve(
                "rules/container-oom-killed/fires-crash-loop-after-oom/describe.txt")));
    }
}
