package dev.kubeadvisor.parse.describe;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QuantityCellTest {

    @Test
    void reads_a_quantity_and_its_percentage() {
        QuantityCell cell = QuantityCell.parse("500m (12%)");
        assertThat(cell.quantity().text()).isEqualTo("500m");
        assertThat(cell.quantity().value()).isEqualTo(0.5);
        assertThat(cell.percent()).isEqualTo(12);
        assertThat(QuantityCell.parse(" 1Gi \t (130%) ").percent()).isEqualTo(130);
    }

    @Test
    void reads_a_quantity_without_percentage() {
        QuantityCell cell = QuantityCell.parse("1");
        assertThat(cell.quantity().value()).isEqualTo(1);
        assertThat(cell.percent()).isNull();
    }

    @Test
    void knows_nothing_of_a_cell_that_is_not_one() {
        assertThat(QuantityCell.parse("")).isEqualTo(new QuantityCell(null, null));
        assertThat(QuantityCell.parse("500m 12%")).isEqualTo(new QuantityCell(null, null));
        assertThat(QuantityCell.parse("500m (12%) x")).isEqualTo(new QuantityCell(null, null));
        assertThat(QuantityCell.parse("500m (1234567890%)")).isEqualTo(new QuantityCell(null, null));
        assertThat(QuantityCell.parse("500m ()")).isEqualTo(new QuantityCell(null, null));
    }

    @Test
    void keeps_the_percentage_of_a_quantity_it_cannot_read() {
        QuantityCell cell = QuantityCell.parse("lots (5%)");
        assertThat(cell.quantity()).isNull();
        assertThat(cell.percent()).isEqualTo(5);
    }
}
