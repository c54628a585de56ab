package dev.kubeadvisor.model;

import java.time.Duration;
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
        try {
            return ZonedDateTime.parse(comma < 0 ? text.strip() : text.substring(comma + 2).strip(), TIMESTAMP);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
