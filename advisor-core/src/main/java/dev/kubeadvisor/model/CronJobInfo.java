package dev.kubeadvisor.model;

import java.util.List;

/** A CronJob: its schedule, whether it is suspended, when it last ran and the Jobs it has running. */
public record CronJobInfo(ObjectRef ref, String schedule, String concurrencyPolicy, Boolean suspend,
                          Integer successfulJobsHistoryLimit, Integer failedJobsHistoryLimit,
                          Integer startingDeadlineSeconds, String lastScheduleTime, List<String> activeJobs,
                          SourceLine nameLine, SourceLine scheduleLine, SourceLine suspendLine,
                          SourceLine lastScheduleLine) {

    public boolean isSuspended() {
        return Boolean.TRUE.equals(suspend);
    }
}
