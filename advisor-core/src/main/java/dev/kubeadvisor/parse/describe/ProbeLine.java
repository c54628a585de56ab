package dev.kubeadvisor.parse.describe;

import dev.kubeadvisor.model.Probe;
import dev.kubeadvisor.model.SourceLine;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a probe line: {@code http-get http://:8080/healthz delay=10s timeout=1s period=10s #success=1 #failure=3},
 * or with {@code successThreshold=1 failureThreshold=3} (kubectl 1.37+).
 */
final class ProbeLine {

    private static final Pattern SETTINGS = Pattern.compile(
            "\\s(delay|timeout|period|#success|#failure|successThreshold|failureThreshold)=(\\d{1,9})s?");
    private static final Pattern ACTION = Pattern.compile("^(http-get|tcp-socket|exec|grpc)\\s+(.*?)(?=\\s+delay=|$)");

    private ProbeLine() {
    }

    static Probe parse(String kind, String value, SourceLine line) {
        if (value == null) {
            return null;
        }
        Matcher action = ACTION.matcher(value);
        String type = action.find() ? action.group(1) : value.split(" ", 2)[0];
        String target = action.find(0) ? action.group(2) : null;
        Integer delay = null;
        Integer timeout = null;
        Integer period = null;
        Integer success = null;
        Integer failure = null;
        Matcher m = SETTINGS.matcher(value);
        while (m.find()) {
            int number = Integer.parseInt(m.group(2));
            switch (m.group(1)) {
                case "delay" -> delay = number;
                case "timeout" -> timeout = number;
                case "period" -> period = number;
                case "#success", "successThreshold" -> success = number;
                default -> failure = number;
            }
        }
        return new Probe(kind, type, target, delay, timeout, period, success, failure, line);
    }
}
