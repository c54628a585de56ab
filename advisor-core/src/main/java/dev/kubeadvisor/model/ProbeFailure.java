package dev.kubeadvisor.model;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An {@code Unhealthy} event of one container: the kubelet reported {@code count} failures of its {@code probe}
 * ({@code Liveness}, {@code Readiness} or {@code Startup}). {@code detail} is what the probe said
 * ({@code HTTP probe failed with statuscode: 500}), or {@code null} when it said nothing (an exec probe without
 * output).
 */
public record ProbeFailure(ObjectRef pod, String container, String probe, int count, String detail,
                           SourceLine line) {

    /**
     * How the kubelet words a probe that got no answer in time: HTTP ({@code context deadline exceeded},
     * {@code Client.Timeout exceeded}), exec ({@code command "..." timed out}), gRPC ({@code timeout: failed to
     * connect service}). A TCP {@code i/o timeout} is left out: the kernel accepts connections even for a process
     * that gets no CPU, so it points at the network rather than at the process.
     */
    private static final Pattern TIMEOUT = Pattern.compile(
            "context deadline exceeded|Client\\.Timeout exceeded|\\btimed out\\b|^timeout: failed to connect service|DeadlineExceeded");
    private static final Pattern FAILED = Pattern.compile("^(Liveness|Readiness|Startup) probe failed:\\s*(.*)$",
            Pattern.DOTALL);

    /** {@code Liveness}, {@code Readiness} or {@code Startup} for an {@code Unhealthy} "probe failed" event, else null. */
    public static String probeOf(KubeEvent event) {
        if (!"Unhealthy".equals(event.reason()) || event.message() == null) {
            return null;
        }
        Matcher m = FAILED.matcher(event.message().strip());
        return m.matches() ? m.group(1) : null;
    }

    /** The failure an {@code Unhealthy} event reports about {@code container}. */
    public static ProbeFailure of(KubeEvent event, String container) {
        Matcher m = FAILED.matcher(event.message().strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("not a probe failure: " + event.message());
        }
        String detail = m.group(2).strip();
        return new ProbeFailure(event.involved(), container, m.group(1), event.count(),
                detail.isEmpty() ? null : detail, event.line());
    }

    /** True when the probe failed because the answer did not come within its timeoutSeconds. */
    public boolean timedOut() {
        return detail != null && TIMEOUT.matcher(detail).find();
    }

    /** How many failures the facts of a rule's {@code collect(ProbeFailure(...))} add up to. */
    public static int total(Collection<?> failures) {
        return failures.stream().mapToInt(f -> ((ProbeFailure) f).count()).sum();
    }

    /**
     * How often the probe failed and what it said, each distinct answer once:
     * {@code failed 18 time(s): HTTP probe failed with statuscode: 503}.
     */
    public static String describe(Collection<?> failures) {
        if (failures.isEmpty()) {
            return "failed (the Unhealthy events do not say for which container)";
        }
        List<String> details = failures.stream().map(f -> ((ProbeFailure) f).detail()).filter(Objects::nonNull)
                .distinct().toList();
        return "failed " + total(failures) + " time(s)"
                + (details.isEmpty() ? " with no output" : ": " + String.join("; ", details));
    }

    /** The event lines, in input order. */
    public static List<SourceLine> lines(Collection<?> failures) {
        return failures.stream().map(f -> ((ProbeFailure) f).line()).distinct()
                .sorted(Comparator.comparing(SourceLine::document).thenComparingInt(SourceLine::line)).toList();
    }
}
