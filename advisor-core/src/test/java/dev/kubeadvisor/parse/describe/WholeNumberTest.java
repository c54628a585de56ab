package dev.kubeadvisor.parse.describe;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WholeNumberTest {

    @Test
    void reads_one_to_nine_digits() {
        assertThat(WholeNumber.of("0", false)).isZero();
        assertThat(WholeNumber.of("137", false)).isEqualTo(137);
        assertThat(WholeNumber.of("007", false)).isEqualTo(7);
        assertThat(WholeNumber.of("999999999", false)).isEqualTo(999_999_999);
    }

    @Test
    void reads_a_minus_sign_only_when_signed() {
        assertThat(WholeNumber.of("-1", true)).isEqualTo(-1);
        assertThat(WholeNumber.of("-1", false)).isNull();
        assertThat(WholeNumber.of("-", true)).isNull();
        assertThat(WholeNumber.of("-1234567890", true)).isNull();
    }

    @Test
    void refuses_anything_else() {
        assertThat(WholeNumber.of(null, true)).isNull();
        assertThat(WholeNumber.of("", false)).isNull();
        assertThat(WholeNumber.of("1234567890", false)).isNull();
        assertThat(WholeNumber.of("+1", true)).isNull();
        assertThat(WholeNumber.of(" 1", false)).isNull();
        assertThat(WholeNumber.of("12s", false)).isNull();
        assertThat(WholeNumber.of("\u0661", false)).as("an Arabic-Indic digit").isNull();
    }
}
