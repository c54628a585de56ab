package dev.kubeadvisor.model;

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
}
