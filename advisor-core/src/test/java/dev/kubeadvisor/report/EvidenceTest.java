package dev.kubeadvisor.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kubeadvisor.model.SourceLine;
import org.junit.jupiter.api.Test;

class EvidenceTest {

    @Test
    void spans_the_first_to_the_last_non_blank_character_in_one_based_columns() {
        Evidence evidence = Evidence.of(new SourceLine("describe.txt", 26, "      Exit Code:    255   "));

        assertThat(evidence.startColumn()).isEqualTo(7);
        assertThat(evidence.endColumn()).isEqualTo(23);
        assertThat(evidence.text()).isEqualTo("Exit Code:    255");
        assertThat("      Exit Code:    255   ".substring(evidence.startColumn() - 1, evidence.endColumn()))
                .isEqualTo(evidence.text());
    }

    @Test
    void a_line_without_indentation_starts_at_column_one() {
        Evidence evidence = Evidence.of(new SourceLine("stdin", 1, "Status:  Running"));

        assertThat(evidence.startColumn()).isEqualTo(1);
        assertThat(evidence.endColumn()).isEqualTo(16);
    }
}
