package dev.kubeadvisor.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Timestamps in the form kubectl prints are read by hand; every text must give what the formatter gives. */
class ContainerStateTimestampsTest {

    private static final DateTimeFormatter FORMATTER = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm:ss Z",
            Locale.ROOT);
    private static final List<String> MONTHS = List.of("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep",
            "Oct", "Nov", "Dec", "nov", "NOV", "anF", "Foo", "Ja", "Janu");

    @Test
    void reads_a_run_across_a_month_end_and_zones() {
        ContainerState run = ended("Sat, 31 Jan 2026 23:59:30 -0130", "Sun, 1 Feb 2026 01:30:00 +0000");

        assertThat(run.ranFor()).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void reads_a_leap_day_and_leaves_a_day_that_does_not_exist_to_the_formatter() {
        assertThat(ended("29 Feb 2024 10:00:00 +0000", "29 Feb 2024 10:00:05 +0000").ranFor()).hasSeconds(5);
        assertThat(ended("29 Feb 2025 10:00:00 +0000", "1 Mar 2025 10:00:05 +0000").ranFor())
                .isEqualTo(expectedRun("29 Feb 2025 10:00:00 +0000", "1 Mar 2025 10:00:05 +0000"));
    }

    @Test
    void gives_the_formatters_duration_for_random_timestamps() {
        Random random = new Random(20261126);
        for (int i = 0; i < 20_000; i++) {
            String started = randomStamp(random);
            String finished = random.nextBoolean() ? randomStamp(random) : started.replace(":00 ", ":07 ");
            assertThat(ended(started, finished).ranFor()).as("%s .. %s", started, finished)
                    .isEqualTo(expectedRun(started, finished));
        }
    }

    private static String randomStamp(Random random) {
        int day = random.nextInt(34);
        String dayText = random.nextInt(10) == 0 ? String.format("%03d", day)
                : random.nextBoolean() ? String.format("%02d", day) : String.valueOf(day);
        String month = MONTHS.get(random.nextInt(random.nextInt(4) == 0 ? MONTHS.size() : 12));
        String year = random.nextInt(20) == 0 ? String.format("%04d", random.nextInt(3))
                : String.valueOf(1969 + random.nextInt(60));
        String time = String.format("%02d:%02d:%02d", random.nextInt(26), random.nextInt(62), random.nextInt(62));
        String offset = (random.nextBoolean() ? "+" : "-") + String.format("%02d%02d", random.nextInt(20),
                random.nextInt(4) == 0 ? random.nextInt(62) : 0);
        String stamp = dayText + " " + month + " " + year + " " + time + " " + offset;
        return random.nextInt(3) == 0 ? "Thu, " + stamp : random.nextInt(10) == 0 ? stamp.replace(' ', '_') : stamp;
    }

    /** What ranFor gave when the formatter read every timestamp. */
    private static Duration expectedRun(String started, String finished) {
        ZonedDateTime from = parsed(started);
        ZonedDateTime to = parsed(finished);
        if (from == null || to == null || from.toEpochSecond() <= 0 || to.isBefore(from)) {
            return null;
        }
        return Duration.between(from, to);
    }

    private static ZonedDateTime parsed(String text) {
        int comma = text.indexOf(", ");
        try {
            return ZonedDateTime.parse(comma < 0 ? text.strip() : text.substring(comma + 2).strip(), FORMATTER);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static ContainerState ended(String started, String finished) {
        return new ContainerState("Terminated", "Error", null, 1, null, started, finished, null, null, null, null);
    }
}
