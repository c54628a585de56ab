package dev.kubeadvisor.parse.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class RegexSpaceTest {

    @Test
    void is_what_a_regex_white_space_class_matches() {
        Pattern space = Pattern.compile("\\s");
        for (char c = 0; c < 0x3000; c++) {
            assertThat(RegexSpace.is(c)).as("U+%04X", (int) c).isEqualTo(space.matcher(String.valueOf(c)).matches());
        }
    }

    @Test
    void finds_the_first_space_from_an_offset() {
        assertThat(RegexSpace.indexIn("69s (x5 over 4m)", 0)).isEqualTo(3);
        assertThat(RegexSpace.indexIn("69s (x5 over 4m)", 4)).isEqualTo(7);
        assertThat(RegexSpace.indexIn("4m17s", 0)).isEqualTo(-1);
        assertThat(RegexSpace.indexIn("a\u00A0b", 0)).as("a no-break space is not one").isEqualTo(-1);
    }
}
