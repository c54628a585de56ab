package dev.kubeadvisor.model;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The pod-level facts of one {@code kubectl describe pod} document. Absent fields are {@code null};
 * {@code controlledBy} is {@code Kind/name} of the controller.
 */
public record PodInfo(ObjectRef ref, String phase, String reason, String message, String node,
                      String controlledBy, String qosClass,
                      SourceLine nameLine, SourceLine statusLine, SourceLine reasonLine, SourceLine messageLine,
                      SourceLine controlledByLine) {

    /**
     * A Deployment's ReplicaSet is named {@code <deployment>-<pod-template-hash>}; the hash is written with the
     * "safe" alphabet of {@code rand.SafeEncodeString} (no vowels, no 0, 1, 3).
     */
    private static final Pattern DEPLOYMENT_REPLICA_SET = Pattern.compile("^(.+)-([bcdfghjklmnpqrstvwxz2456789]{1,10})$");
    /** A CronJob names its Jobs {@code <cronjob>-<scheduled time in minutes since the epoch>}. */
    private static final Pattern CRON_JOB_JOB = Pattern.compile("^(.+)-(\\d{8,})$");

    public String name() {
        return ref.name();
    }

    public String namespace() {
        return ref.namespace();
    }

    /** Pending and not bound to a node: the scheduler has not placed it (yet). */
    public boolean isUnscheduled() {
        return node == null && "Pending".equals(phase);
    }

    public boolean hasController() {
        return controlledBy != null;
    }

    /**
     * The object whose pod template defines this pod, as a kubectl target ({@code deployment/web}): the
     * Deployment is inferred from its ReplicaSet's name and a CronJob from its Job's name. A ReplicaSet or Job whose
     * name does not follow that pattern is its own workload. {@code pod/<name>} for a pod without a controller.
     */
    public String workload() {
        if (controlledBy == null || !controlledBy.contains("/")) {
            return "pod/" + name();
        }
        String kind = controlledBy.substring(0, controlledBy.indexOf('/'));
        String owner = controlledBy.substring(controlledBy.indexOf('/') + 1);
        Matcher deployment = DEPLOYMENT_REPLICA_SET.matcher(owner);
        if (kind.equals("ReplicaSet") && deployment.matches()) {
            return "deployment/" + deployment.group(1);
        }
        Matcher cronJob = CRON_JOB_JOB.matcher(owner);
        if (kind.equals("Job") && cronJob.matches()) {
            return "cronjob/" + cronJob.group(1);
        }
        return kind.toLowerCase(Locale.ROOT) + "/" + owner;
    }
}
