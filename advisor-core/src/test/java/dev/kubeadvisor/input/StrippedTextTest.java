package dev.kubeadvisor.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
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

    @Test
    void answers_as_strip_then_equals_does_for_generated_lines() {
        Random random = new Random(20261127L);
        String[] pieces = {"Data", "BinaryData", "ata", "a", "D", " ", "\t", "\u2028", "\u00A0", "\u3000", "é", ":", "x",
            "\u001F", "\u0085"};
        for (int n = 0; n < 50_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int p = random.nextInt(5); p >= 0; p--) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            String line = text.toString();
            for (String word : new String[] {"Data", "BinaryData"}) {
                assertThat(StrippedText.is(line, word)).as("%s / %s", line, word).isEqualTo(line.strip().equals(word));
            }
        }
    }
}
