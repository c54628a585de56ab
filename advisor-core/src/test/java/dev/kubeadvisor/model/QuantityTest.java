package dev.kubeadvisor.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QuantityTest {

    @Test
    void reads_binary_and_decimal_suffixes_into_base_units() {
        assertThat(Quantity.parse("256Mi").value()).isEqualTo(268_435_456d);
        assertThat(Quantity.parse("16317488Ki").value()).isEqualTo(16_317_488d * 1024);
        assertThat(Quantity.parse("1G").value()).isEqualTo(1e9);
        assertThat(Quantity.parse("93478772582").value()).isEqualTo(93_478_772_582d);
        assertThat(Quantity.parse("1.5Gi").value()).isEqualTo(1.5 * 1024 * 1024 * 1024);
    }

    @Test
    void reads_millicores_and_whole_cores() {
        assertThat(Quantity.parse("500m").value()).isEqualTo(0.5);
        assertThat(Quantity.parse("2").value()).isEqualTo(2d);
    }

    @Test
    void keeps_the_text_as_kubectl_printed_it() {
        assertThat(Quantity.parse(" 128Mi ").text()).isEqualTo("128Mi");
    }

    @Test
    void returns_nothing_for_text_that_is_no_quantity() {
        assertThat(Quantity.parse("node allocatable")).isNull();
        assertThat(Quantity.parse("12Xi")).isNull();
        assertThat(Quantity.parse(null)).isNull();
    }

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

    @Test
    void reads_long_numbers_exponents_and_an_exa_suffix_after_digits_as_before() {
        assertThat(Quantity.parse("1234567890123456").value()).isEqualTo(1_234_567_890_123_456d);
        assertThat(Quantity.parse("1e3").value()).isEqualTo(1000d);
        assertThat(Quantity.parse("2E").value()).isEqualTo(2e18);
        assertThat(Quantity.parse("007Ki").value()).isEqualTo(7 * 1024d);
        assertThat(Quantity.parse("+5m").value()).isEqualTo(5e-3);
        assertThat(Quantity.parse("5mi")).isNull();
    }
}
