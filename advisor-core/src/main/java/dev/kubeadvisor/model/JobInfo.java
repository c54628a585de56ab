package dev.kubeadvisor.model;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * A Job. Pod counts come from {@code Pods Statuses:  0 Active (0 Ready) / 0 Succeeded / 6 Failed} ({@code ready} is
 * null when not printed; kubectl 1.22 and older print {@code Running} for active). kubectl before 1.30 prints no
 * {@code Suspend:} and {@code Backoff Limit:} lines (null). Times are kept as printed.
 */
public record JobInfo(ObjectRef ref, String controlledBy, Integer parallelism, Integer completions,
                      String completionMode, Boolean suspend, Integer backoffLimit, String startTime,
                      String completedAt, String duration, Integer activeDeadlineSeconds, Integer active,
                      Integer ready, Integer succeeded, Integer failed, SourceLine nameLine,
                      SourceLine backoffLimitLine, SourceLine activeDeadlineLine, SourceLine podsStatusesLine) {

    /** As many failed pods as the backoff limit allows, or more: the Job controller stops retrying. */
    public boolean reachedBackoffLimit() {
        return backoffLimit != null && failed != null && failed > backoffLimit;
    }

    /** {@code "7 failed pods, backoff limit 6"}, or what of it kubectl printed. */
    public String podCountsText() {
        String counts = failed == null ? "" : failed + " failed pod(s)";
        String limit = backoffLimit == null ? "" : "backoff limit " + backoffLimit;
        String deadline = activeDeadlineSeconds == null ? "" : "deadline " + activeDeadlineSeconds + "s";
        return String.join(", ", List.of(counts, limit, deadline).stream().filter(s -> !s.isEmpty()).toList());
    }

    /** The {@code Pods Statuses:} and {@code Backoff Limit:} lines of the Jobs a rule collected. */
    public static List<SourceLine> countLines(Collection<?> jobs) {
        return jobs.stream().map(JobInfo.class::cast).flatMap(j -> Stream.of(j.podsStatusesLine,
                j.backoffLimitLine)).filter(Objects::nonNull).toList();
    }

    /** The {@code Active Deadline Seconds:} lines of the Jobs a rule collected. */
    public static List<SourceLine> deadlineLines(Collection<?> jobs) {
        return jobs.stream().map(j -> ((JobInfo) j).activeDeadlineLine).filter(Objects::nonNull).toList();
    }
}
