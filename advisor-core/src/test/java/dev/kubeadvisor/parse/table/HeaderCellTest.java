package dev.kubeadvisor.parse.table;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HeaderCellTest {

    @Test
    void keeps_words_joined_by_one_space_in_one_cell() {
        assertThat(HeaderCell.of("LAST SEEN   TYPE      REASON"))
                .containsExactly(new HeaderCell("LAST SEEN", 0), new HeaderCell("TYPE", 12), new HeaderCell("REASON", 22));
    }

    @Test
    void cuts_at_two_spaces_a_tab_or_a_space_before_other_white_space() {
        assertThat(HeaderCell.of("  Resource  CPU Requests\tMemory \tAge "))
                .containsExactly(new HeaderCell("Resource", 2), new HeaderCell("CPU Requests", 12),
                        new HeaderCell("Memory", 25), new HeaderCell("Age", 33));
    }

    @Test
    void finds_no_cell_in_white_space() {
        assertThat(HeaderCell.of("")).isEmpty();
        assertThat(HeaderCell.of(" \t ")).isEmpty();
    }
}
