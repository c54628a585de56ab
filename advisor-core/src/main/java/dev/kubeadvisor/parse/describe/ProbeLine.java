package dev.kubeadvisor.parse.describe;

import dev.kubeadvisor.model.Probe;
import dev.kubeadvisor.model.SourceLine;
import dev.kubeadvisor.parse.table.RegexSpace;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a probe line: {@code http-get http://:8080/healthz delay=10s timeout=1s period=10s #success=1 #failure=3},
 * or with {@code successThreshold=1 failureThreshold=3} (kubectl 1.37+).
 */
final class ProbeLine {

    /** The settings kubectl prints after the action, each after a space: {@code delay=10s}, {@code #failure=3}. */
    private static final List<String> SETTINGS =
            List.of("delay", "timeout", "period", "#success", "#failure", "successThreshold", "failureThreshold");
    /** Where each setting is kept: delay, timeout, period, success, failure (kubectl 1.37 renamed the last two). */
    private static final int[] SLOT = {0, 1, 2, 3, 4, 3, 4};
    private static final int SLOTS = 5;
    private static final int MAX_DIGITS = 9;
    private static final List<String> ACTIONS = List.of("http-get", "tcp-socket", "exec", "grpc");
    private static final String DELAY = "delay=";
    /**
     * How the action and its target were read before, and still are for a value with a line break in it (a regex's
     * {@code .} and {@code $} treat those apart).
     */
    private static final Pattern ACTION = Pattern.compile("^(http-get|tcp-socket|exec|grpc)\\s+(.*?)(?=\\s+delay=|$)");

    private ProbeLine() {
    }

    static Probe parse(String kind, String value, SourceLine line) {
        if (value == null) {
            return null;
        }
        String[] action = action(value);
        String type = action != null ? action[0] : value.split(" ", 2)[0];
        String target = action != null ? action[1] : null;
        Integer[] numbers = new Integer[SLOTS];
        int i = 0;
        while (i < value.length()) {
            int next = RegexSpace.is(value.charAt(i)) ? setting(value, i + 1, numbers) : -1;
            i = next < 0 ? i + 1 : next;
        }
        return new Probe(kind, type, target, numbers[0], numbers[1], numbers[2], numbers[3], numbers[4], line);
    }

    /**
     * The known action at the start of the value and its target, up to the white space before {@code delay=} or to
     * the end; {@code null} when the value starts with no known action followed by white space.
     */
    private static String[] action(String value) {
        if (hasLineTerminator(value)) {
            Matcher action = ACTION.matcher(value);
            return action.find() ? new String[] {action.group(1), action.group(2)} : null;
        }
        for (String name : ACTIONS) {
            if (value.startsWith(name) && value.length() > name.length() && RegexSpace.is(value.charAt(name.length()))) {
                int target = name.length();
                while (target < value.length() && RegexSpace.is(value.charAt(target))) {
                    target++;
                }
                return new String[] {name, value.substring(target, targetEnd(value, target))};
            }
        }
        return null;
    }

    /** The start of the first run of white space at or after {@code from} followed by {@code delay=}, or the end. */
    private static int targetEnd(String value, int from) {
        int i = from;
        while (i < value.length()) {
            if (!RegexSpace.is(value.charAt(i))) {
                i++;
                continue;
            }
            int run = i;
            while (i < value.length() && RegexSpace.is(value.charAt(i))) {
                i++;
            }
            if (value.startsWith(DELAY, i)) {
                return run;
            }
        }
        return value.length();
    }

    private static boolean hasLineTerminator(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                return true;
            }
        }
        return false;
    }

    /**
     * Reads {@code name=digits[s]} at {@code at} into {@code numbers}, a later setting replacing an earlier one (at
     * most 9 digits are read) and returns where it ends, or -1 when no setting starts there.
     */
    private static int setting(String value, int at, Integer[] numbers) {
        for (int s = 0; s < SETTINGS.size(); s++) {
            String name = SETTINGS.get(s);
            int digits = at + name.length() + 1;
            if (!value.startsWith(name, at) || !value.startsWith("=", digits - 1)) {
                continue;
            }
            int end = digits;
            while (end < value.length() && end - digits < MAX_DIGITS && isDigit(value.charAt(end))) {
                end++;
            }
            if (end == digits) {
                return -1;
            }
            numbers[SLOT[s]] = Integer.parseInt(value, digits, end, 10);
            return value.startsWith("s", end) ? end + 1 : end;
        }
        return -1;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
