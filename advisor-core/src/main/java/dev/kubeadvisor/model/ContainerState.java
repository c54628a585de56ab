package dev.kubeadvisor.model;

import java.time.Duration;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A container's {@code State:} or {@code Last State:} block. {@code state} is {@code Running}, {@code Waiting} or
 * {@code Terminated}; the other fields are {@code null} when kubectl did not print them.
 */
public record ContainerState(String state, String reason, String message, Integer exitCode, Integer signal,
                             String started, String finished,
                             SourceLine stateLine, SourceLine reasonLine, SourceLine messageLine,
                             SourceLine exitCodeLine) {

    /** RFC 1123 without the weekday, which pasted or hand-edited text sometimes gets wrong. */
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm:ss Z", Locale.ROOT);
    /** The month abbreviations {@link #TIMESTAMP} reads, each at three times its month's index. */
    private static final String MONTHS = "JanFebMarAprMayJunJulAugSepOctNovDec";
    private static final int HEADLINE_LENGTH = 200;
    private static final Pattern ERROR_LINE = Pattern.compile("(?i)error|exception|panic|fatal|failed");
    /** Java/JS {@code at ...}, Python {@code File "..."}, Node's native {@code 1: 0xb090e0 node::...}. */
    private static final Pattern STACK_FRAME = Pattern.compile("^(at |File \"|\\d+: 0x[0-9a-f]+ )");

    public boolean isWaiting() {
        return "Waiting".equals(state);
    }

    public boolean isRunning() {
        return "Running".equals(state);
    }

    public boolean isTerminated() {
        return "Terminated".equals(state);
    }

    /** The most specific line to cite: the exit code, else the reason, else the state itself. */
    public SourceLine bestLine() {
        if (exitCodeLine != null) {
            return exitCodeLine;
        }
        return reasonLine != null ? reasonLine : stateLine;
    }

    /** How the run ended, e.g. {@code exit code 137 (OOMKilled)}. */
    public String outcome() {
        if (exitCode == null) {
            return reason == null ? state : reason;
        }
        return "exit code " + exitCode + (reason == null ? "" : " (" + reason + ")");
    }

    /**
     * The outcome with when it happened and how long the run lasted, e.g.
     * {@code exit code 1 (Error) at Wed, 25 Nov 2026 21:40:04 +0000 after running 2s}.
     */
    public String ending() {
        return outcome() + timing();
    }

    /** When the run ended and how long it lasted, e.g. {@code " at Wed, 25 Nov 2026 21:40:04 +0000 after running 2s"}. */
    public String timing() {
        Duration ran = ranFor();
        return (finished == null ? "" : " at " + finished) + (ran == null ? "" : " after running " + humanDuration(ran));
    }

    /** From Started to Finished; {@code null} when either is missing, or the process never started (1970). */
    public Duration ranFor() {
        if (started == null || finished == null) {
            return null;
        }
        ZonedDateTime from = timestamp(started);
        ZonedDateTime to = timestamp(finished);
        if (from == null || to == null || from.toEpochSecond() <= 0 || to.isBefore(from)) {
            return null;
        }
        return Duration.between(from, to);
    }

    /**
     * The line of the terminated message that names the error, shortened: for a log tail (FallbackToLogsOnError)
     * the last error line that is not a stack frame ({@code KeyError: 'DATABASE_URL'} after a Python traceback,
     * the {@code Caused by:} of a Java trace), else the first line. {@code null} when there is no message.
     */
    public String messageHeadline() {
        if (message == null || message.isBlank()) {
            return null;
        }
        List<String> lines = message.strip().lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
        String headline = lines.get(0);
        for (String line : lines) {
            if (ERROR_LINE.matcher(line).find() && !STACK_FRAME.matcher(line).find()) {
                headline = line;
            }
        }
        return headline.length() <= HEADLINE_LENGTH ? headline : headline.substring(0, HEADLINE_LENGTH) + "…";
    }

    /** {@code 45s}, {@code 5m3s}, {@code 3h12m}, {@code 2d3h}. */
    static String humanDuration(Duration duration) {
        long seconds = duration.getSeconds();
        if (seconds < 60) {
            return seconds + "s";
        }
        if (seconds < 3600) {
            return seconds / 60 + "m" + (seconds % 60 == 0 ? "" : seconds % 60 + "s");
        }
        if (seconds < 86400) {
            return seconds / 3600 + "h" + (seconds % 3600 / 60 == 0 ? "" : seconds % 3600 / 60 + "m");
        }
        return seconds / 86400 + "d" + (seconds % 86400 / 3600 == 0 ? "" : seconds % 86400 / 3600 + "h");
    }

    private static ZonedDateTime timestamp(String text) {
        if (text == null) {
            return null;
        }
        int comma = text.indexOf(", ");
        String stamp = comma < 0 ? text.strip() : text.substring(comma + 2).strip();
        ZonedDateTime usual = usualTimestamp(stamp);
        if (usual != null) {
            return usual;
        }
        try {
            return ZonedDateTime.parse(stamp, TIMESTAMP);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /**
     * The timestamp as kubectl prints it ({@code 26 Nov 2026 09:00:03 +0000}, every field in range), read by hand: the
     * formatter takes microseconds, and crash rules read both ends of a run. {@code null} for any other text, which
     * the formatter then reads (or rejects) as before.
     */
    private static ZonedDateTime usualTimestamp(String stamp) {
        int length = stamp.length();
        int dayDigits = length - 24;
        if ((dayDigits != 1 && dayDigits != 2) || stamp.charAt(dayDigits) != ' ' || stamp.charAt(dayDigits + 4) != ' '
                || stamp.charAt(dayDigits + 9) != ' ' || stamp.charAt(dayDigits + 12) != ':'
                || stamp.charAt(dayDigits + 15) != ':' || stamp.charAt(dayDigits + 18) != ' ') {
            return null;
        }
        int monthAt = MONTHS.indexOf(stamp.substring(dayDigits + 1, dayDigits + 4));
        int month = monthAt % 3 == 0 ? monthAt / 3 + 1 : -1;
        int day = digits(stamp, 0, dayDigits);
        int year = digits(stamp, dayDigits + 5, 4);
        int hour = digits(stamp, dayDigits + 10, 2);
        int minute = digits(stamp, dayDigits + 13, 2);
        int second = digits(stamp, dayDigits + 16, 2);
        char sign = stamp.charAt(dayDigits + 19);
        int offsetHours = digits(stamp, dayDigits + 20, 2);
        int offsetMinutes = digits(stamp, dayDigits + 22, 2);
        if (month < 1 || year < 1 || day < 1 || hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0
                || second > 59 || sign != '+' && sign != '-' || offsetHours < 0 || offsetHours > 18
                || offsetMinutes < 0 || offsetMinutes > 59 || day > YearMonth.of(year, month).lengthOfMonth()) {
            return null;
        }
        int offsetSeconds = (offsetHours * 3600 + offsetMinutes * 60) * (sign == '-' ? -1 : 1);
        if (Math.abs(offsetSeconds) > 18 * 3600 || sign == '-' && offsetSeconds == 0) {
            return null;
        }
        return ZonedDateTime.of(year, month, day, hour, minute, second, 0, ZoneOffset.ofTotalSeconds(offsetSeconds));
    }

    /** The decimal number in {@code count} ASCII digits from {@code start}, or -1. */
    private static int digits(String text, int start, int count) {
        int value = 0;
        for (int i = start; i < start + count; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + c - '0';
        }
        return value;
    }
}
