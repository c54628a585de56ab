package dev.kubeadvisor.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class LabelsTest {

    @Test
    void every_severity_and_confidence_reads_back_from_its_label() {
        for (Severity severity : Severity.values()) {
            assertThat(Severity.parse(severity.label())).isSameAs(severity);
        }
        for (Confidence confidence : Confidence.values()) {
            assertThat(Confidence.parse(confidence.label())).isSameAs(confidence);
        }
    }

    @Test
    void labels_are_the_lower_case_names() {
        assertThat(Severity.CRITICAL.label()).isEqualTo("critical");
        assertThat(Confidence.MEDIUM.label()).isEqualTo("medium");
    }

    @Test
    void a_label_in_another_case_or_with_spaces_around_is_read() {
        assertThat(Severity.parse(" Warning ")).isSameAs(Severity.WARNING);
        assertThat(Confidence.parse("LOW")).isSameAs(Confidence.LOW);
    }

    @Test
    void an_unknown_label_is_refused() {
        assertThatThrownBy(() -> Severity.parse("fatal")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Confidence.parse("certain")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Severity.parse(null)).hasMessage("no severity");
    }
}
