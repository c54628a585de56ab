package dev.kubeadvisor.parse.objects;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

class KubectlTimeTest {

    private static final DateTimeFormatter KUBECTL_DESCRIBE =
            DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss Z", Locale.ROOT).withZone(ZoneOffset.UTC);

    @Test
    void prints_any_timestamp_exactly_as_the_rfc_1123_formatter_does() {
        Random random = new Random(20261126);
        for (int i = 0; i < 20_000; i++) {
            Instant instant = Instant.ofEpochSecond(random.nextLong() % 400_000_000_000L);
            String rfc3339 = instant.toString();
            assertThat(KubectlTime.rfc1123(rfc3339)).as(rfc3339).isEqualTo(KUBECTL_DESCRIBE.format(instant));
        }
    }

    @Test
    void reads_the_api_servers_timestamps_as_the_iso_parser_does_and_refuses_impossible_dates() {
        Random random = new Random(7);
        for (int i = 0; i < 20_000; i++) {
            String rfc3339 = Instant.ofEpochSecond(Math.floorMod(random.nextLong(), 253_402_300_799L)).toString();
            assertThat(KubectlTime.instant(rfc3339)).as(rfc3339).isEqualTo(OffsetDateTime.parse(rfc3339).toInstant());
        }
        assertThat(KubectlTime.instant("2025-02-30T10:00:00Z")).isNull();
        assertThat(KubectlTime.instant("2025-13-01T10:00:00Z")).isNull();
        assertThat(KubectlTime.instant("2025-06-12T24:00:00Z")).isNull();
        assertThat(KubectlTime.instant("2025-06-12T10:05:51+02:00")).isEqualTo(Instant.parse("2025-06-12T08:05:51Z"));
        assertThat(KubectlTime.instant("2025-06-12 10:05:51Z")).isNull();
    }

    @Test
    void reads_fractions_of_a_second_of_any_length_as_the_iso_parser_does() {
        Random random = new Random(11);
        for (int i = 0; i < 20_000; i++) {
            String seconds = Instant.ofEpochSecond(Math.floorMod(random.nextLong(), 253_402_300_799L)).toString();
            String fraction = Long.toString(random.nextLong() & Long.MAX_VALUE).substring(0, 1 + random.nextInt(9));
            String rfc3339 = seconds.substring(0, 19) + "." + fraction + "Z";
            assertThat(KubectlTime.instant(rfc3339)).as(rfc3339).isEqualTo(OffsetDateTime.parse(rfc3339).toInstant());
        }
        assertThat(KubectlTime.instant("2025-06-12T10:05:51.1234567890Z")).isNull();
        assertThat(KubectlTime.instant("2025-06-12T10:05:51.5+01:00")).isEqualTo(Instant.parse("2025-06-12T09:05:51.5Z"));
    }
}
