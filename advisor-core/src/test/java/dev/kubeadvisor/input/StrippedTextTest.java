package dev.kubeadvisor.input;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StrippedTextTest {

    @Test
    void matches_a_word_surrounded_by_any_white_space() {
        assertThat(StrippedText.is("Data", "Data")).isTrue();
        assertThat(StrippedText.is("  Data \t", "Data")).isTrue();
        assertThat(StrippedText.is("\u2028Data\u2029", "Data")).isTrue();
    }

    @Test
    void refuses_a_longer_or_shorter_text_or_another_word() {
        assertThat(StrippedText.is("BinaryData", "Data")).isFalse();
        assertThat(StrippedText.is("Data:", "Data")).isFalse();
        assertThat(StrippedText.is("  Dat", "Data")).isFalse();
        assertThat(StrippedText.is("Data x", "Data")).isFalse();
        assertThat(StrippedText.is("", "Data")).isFalse();
        assertThat(StrippedText.is("   ", "Data")).isFalse();
    }
}
