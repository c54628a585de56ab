package dev.kubeadvisor.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QuantityTest {

    @Test
    void writes_memory_in_whole_mebibytes_rounded_up() {
        assertThat(Quantity.ofBytes(Quantity.parse("100Mi").value() * 2).text()).isEqualTo("200Mi");
        assertThat(Quantity.ofBytes(Quantity.parse("600M").value() * 2).text()).isEqualTo("1145Mi");
    }

    @Test
    void writes_whole_gibibytes_as_gi() {
        assertThat(Quantity.ofBytes(Quantity.parse("256Mi").value() * 4).text()).isEqualTo("1Gi");
        assertThat(Quantity.ofBytes(Quantity.parse("1.5Gi").value() * 2).text()).isEqualTo("3Gi");
    }
}
