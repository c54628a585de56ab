package dev.kubeadvisor.parse.describe;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class AgeCellTest {

    /** What the events table read age cells with before. */
    private static final Pattern FORMER_AGE = Pattern.compile("^(\\S+)(?: \\(x(\\d+) over (\\S+)\\))?$");

    @Test
    void reads_an_age_alone() {
        assertThat(AgeCell.of("4m17s")).isEqualTo(new AgeCell("4m17s", null));
        assertThat(AgeCell.of("<unknown>")).isEqualTo(new AgeCell("<unknown>", null));
    }

    @Test
    void reads_how_many_times_an_event_was_seen_and_since_when() {
        assertThat(AgeCell.of("69s (x5 over 4m17s)")).isEqualTo(new AgeCell("69s", "5"));
        assertThat(AgeCell.of("10s (x11 over 3m17s)")).isEqualTo(new AgeCell("10s", "11"));
    }

    @Test
    void knows_nothing_of_a_cell_of_another_shape() {
        assertThat(AgeCell.of("")).isNull();
        assertThat(AgeCell.of(" 69s")).isNull();
        assertThat(AgeCell.of("69s (x5 over 4m17s")).isNull();
        assertThat(AgeCell.of("69s (x5 over )")).isNull();
        assertThat(AgeCell.of("69s (x over 4m)")).isNull();
        assertThat(AgeCell.of("69s (x5 over 4m 17s)")).isNull();
        assertThat(AgeCell.of("69s  (x5 over 4m17s)")).isNull();
        assertThat(AgeCell.of("69s (x5 over 4m17s)\n")).isNull();
    }

    @Test
    void reads_every_cell_as_the_former_regex_did() {
        Random random = new Random(20261126L);
        String[] parts = {"69s", "4m17s", " ", "  ", "\t", "\n", "(", ")", "(x", "x", "5", "12", "٣", " over ", "over",
            " (x", "))", "<unknown>", "é", " (x5 over 4m17s)", "5 over 4m)", " (x12 over "};
        int seenAgain = 0;
        for (int n = 0; n < 50_000; n++) {
            StringBuilder cell = new StringBuilder();
            for (int i = random.nextInt(9); i >= 0; i--) {
                cell.append(parts[random.nextInt(parts.length)]);
            }
            String text = cell.toString();
            Matcher former = FORMER_AGE.matcher(text);
            AgeCell expected = former.matches() ? new AgeCell(former.group(1), former.group(2)) : null;
            assertThat(AgeCell.of(text)).as(text).isEqualTo(expected);
            if (expected != null && expected.timesSeen() != null) {
                seenAgain++;
            }
        }
        assertThat(seenAgain).as("cells of an event seen several times").isGreaterThan(500);
    }
}
