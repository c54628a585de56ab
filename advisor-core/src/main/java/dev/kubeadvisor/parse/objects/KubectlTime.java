package dev.kubeadvisor.parse.objects;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * Timestamps of an object as {@code kubectl describe} prints them: container start and finish times in RFC 1123
 * with a numeric zone (in UTC, as kubectl does with {@code TZ=UTC}), event ages as a human duration since now.
 */
final class KubectlTime {

    static final String UNKNOWN_AGE = "<unknown>";
    private static final DateTimeFormatter RFC_1123_Z =
            DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss Z", Locale.ROOT).withZone(ZoneOffset.UTC);

    private KubectlTime() {
    }

    /** {@code 2025-06-12T10:05:51Z} as {@code Thu, 12 Jun 2025 10:05:51 +0000}; null when it is not a timestamp. */
    static String rfc1123(String rfc3339) {
        Instant instant = instant(rfc3339);
        return instant == null ? null : RFC_1123_Z.format(instant);
    }

    /** How long ago the timestamp was, as kubectl's Age column says it; {@code <unknown>} without a timestamp. */
    static String since(String rfc3339, Instant now) {
        Instant instant = instant(rfc3339);
        return instant == null ? UNKNOWN_AGE : human(Duration.between(instant, now));
    }

    static Instant instant(String rfc3339) {
        if (rfc3339 == null || rfc3339.isEmpty()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(rfc3339).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** Go's {@code k8s.io/apimachinery/pkg/util/duration.HumanDuration}, which kubectl uses for ages. */
    static String human(Duration duration) {
        long seconds = duration.getSeconds();
        if (seconds < -1) {
            return "<invalid>";
        }
        if (seconds < 0) {
            return "0s";
        }
        if (seconds < 120) {
            return seconds + "s";
        }
        long minutes = seconds / 60;
        if (minutes < 10) {
            return seconds % 60 == 0 ? minutes + "m" : minutes + "m" + seconds % 60 + "s";
        }
        if (minutes < 180) {
            return minutes + "m";
        }
        long hours = minutes / 60;
        if (hours < 8) {
            return minutes % 60 == 0 ? hours + "h" : hours + "h" + minutes % 60 + "m";
        }
        if (hours < 48) {
            return hours + "h";
        }
        if (hours < 24 * 8) {
            return hours % 24 == 0 ? hours / 24 + "d" : hours / 24 + "d" + hours % 24 + "h";
        }
        if (hours < 24 * 365 * 2) {
            return hours / 24 + "d";
        }
        long days = hours / 24;
        if (hours < 24 * 365 * 8) {
            return days % 365 == 0 ? days / 365 + "y" : days / 365 + "y" + days % 365 + "d";
        }
        return days / 365 + "y";
    }
}
