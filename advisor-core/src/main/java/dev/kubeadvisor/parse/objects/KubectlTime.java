package dev.kubeadvisor.parse.objects;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Timestamps of an object as {@code kubectl describe} prints them: container start and finish times in RFC 1123
 * with a numeric zone (in UTC, as kubectl does with {@code TZ=UTC}), event ages as a human duration since now.
 */
final class KubectlTime {

    static final String UNKNOWN_AGE = "<unknown>";
    private static final DateTimeFormatter RFC_1123_Z =
            DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss Z", Locale.ROOT).withZone(ZoneOffset.UTC);
    private static final String[] DAYS = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    private static final String[] MONTHS =
            {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    /** Nanoseconds per unit of the last digit of a fraction of that many digits. */
    private static final int[] NANO_SCALE = {0, 100_000_000, 10_000_000, 1_000_000, 100_000, 10_000, 1_000, 100, 10, 1};

    private KubectlTime() {
    }

    /** {@code 2025-06-12T10:05:51Z} as {@code Thu, 12 Jun 2025 10:05:51 +0000}; null when it is not a timestamp. */
    static String rfc1123(String rfc3339) {
        Instant instant = instant(rfc3339);
        if (instant == null) {
            return null;
        }
        LocalDateTime utc = LocalDateTime.ofEpochSecond(instant.getEpochSecond(), 0, ZoneOffset.UTC);
        if (utc.getYear() < 1000 || utc.getYear() > 9999) {
            return RFC_1123_Z.format(instant);
        }
        StringBuilder text = new StringBuilder(31).append(DAYS[utc.getDayOfWeek().ordinal()]).append(", ");
        twoDigits(text, utc.getDayOfMonth()).append(' ').append(MONTHS[utc.getMonthValue() - 1]).append(' ')
                .append(utc.getYear()).append(' ');
        twoDigits(text, utc.getHour()).append(':');
        twoDigits(text, utc.getMinute()).append(':');
        return twoDigits(text, utc.getSecond()).append(" +0000").toString();
    }

    private static StringBuilder twoDigits(StringBuilder text, int value) {
        return text.append((char) ('0' + value / 10)).append((char) ('0' + value % 10));
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
            int fractionDigits = utcFractionDigits(rfc3339);
            if (fractionDigits >= 0) {
                int nanos = fractionDigits == 0 ? 0
                        : digits(rfc3339, 20, fractionDigits) * NANO_SCALE[fractionDigits];
                return LocalDateTime.of(digits(rfc3339, 0, 4), digits(rfc3339, 5, 2), digits(rfc3339, 8, 2),
                        digits(rfc3339, 11, 2), digits(rfc3339, 14, 2), digits(rfc3339, 17, 2), nanos)
                        .toInstant(ZoneOffset.UTC);
            }
            return OffsetDateTime.parse(rfc3339).toInstant();
        } catch (DateTimeException e) {
            return null;
        }
    }

    /**
     * The digits of the second's fraction of {@code 2025-06-12T10:05:51Z} (0) or {@code 2025-06-12T10:05:51.016041Z}
     * (1 to 9), the forms the API server writes, read without a formatter (the common case); -1 for any other form.
     */
    private static int utcFractionDigits(String text) {
        int length = text.length();
        if (length < 20 || text.charAt(length - 1) != 'Z' || !isPlainDateTime(text)) {
            return -1;
        }
        int fractionDigits = length - 21;
        if (length == 20) {
            return 0;
        } else if (text.charAt(19) != '.' || fractionDigits < 1 || fractionDigits > 9) {
            return -1;
        }
        for (int i = 20; i < length - 1; i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return -1;
            }
        }
        return fractionDigits;
    }

    /** {@code 2025-06-12T10:05:51}: digits where they belong, and the separators. */
    private static boolean isPlainDateTime(String text) {
        if (text.charAt(10) != 'T') {
            return false;
        }
        for (int i = 0; i < 19; i++) {
            char c = text.charAt(i);
            boolean separator = i == 4 || i == 7 || i == 10 || i == 13 || i == 16;
            if (!separator && (c < '0' || c > '9')) {
                return false;
            }
        }
        return text.charAt(4) == '-' && text.charAt(7) == '-' && text.charAt(13) == ':' && text.charAt(16) == ':';
    }

    private static int digits(String text, int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; i++) {
            value = value * 10 + text.charAt(i) - '0';
        }
        return value;
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
