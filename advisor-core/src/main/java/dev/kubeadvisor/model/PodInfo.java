package dev.kubeadvisor.model;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The pod-level facts of one {@code kubectl describe pod} document. Absent fields are {@code null};
 * {@code controlledBy} is {@code Kind/name} of the controller.
 */
public record PodInfo(ObjectRef ref, String phase, String reason, String message, String node,
                      String controlledBy, String qosClass,
                      SourceLine nameLine, SourceLine statusLine, SourceLine reasonLine, SourceLine messageLine,
                      SourceLine controlledByLine) {

    /** {@code <deployment>-<pod-template-hash>}; old clusters wrote the hash in decimal digits. */
    private static final Pattern REPLICA_SET_OF_DEPLOYMENT = Pattern.compile("(.+)-[a-z0-9]{6,10}");
    /** {@code <cronjob>-<scheduled time in minutes since the epoch>}. */
    private static final Pattern JOB_OF_CRON_JOB = Pattern.compile("(.+)-[0-9]{8,10}");

    /**
     * Hashes the pod only, consistently with the record's {@code equals}: see {@link ContainerStatus#hashCode()}.
     */
    @Override
    public int hashCode() {
        return Objects.hashCode(ref);
    }

    public String name() {
        return ref.name();
    }

    public String namespace() {
        return ref.namespace();
    }

    /** The pods a rule collected as {@code namespace/name}, comma-separated. */
    public static String names(Collection<?> pods) {
        return String.join(", ", pods.stream().map(p -> ((PodInfo) p).namespace() + "/" + ((PodInfo) p).name()).toList());
    }

    /** The status, reason and message lines of the pods a rule collected, in input order. */
    public static List<SourceLine> statusLines(Collection<?> pods) {
        return pods.stream().map(PodInfo.class::cast)
                .flatMap(p -> Stream.of(p.statusLine(), p.reasonLine(), p.messageLine()))
                .filter(Objects::nonNull).sorted(SourceLine.INPUT_ORDER).toList();
    }

    /** Pending and not bound to a node: the scheduler has not placed it (yet). */
    public boolean isUnscheduled() {
        return node == null && "Pending".equals(phase);
    }

    /** The node's name, or where the input does not show it, a shell substitution that looks it up. */
    public String nodeOrLookup() {
        return node != null ? node
                : "$(kubectl get pod " + name() + " -n " + namespace() + " -o jsonpath='{.spec.nodeName}')";
    }

    public boolean hasController() {
        return controlledBy != null;
    }

    /**
     * The object to change to fix the pod, as kubectl names it: {@code deployment/web} for a pod of ReplicaSet
     * {@code web-7d4b9c} (a Deployment names its ReplicaSets {@code <deployment>-<pod-template-hash>}),
     * {@code cronjob/report} for a pod of Job {@code report-28951920} (a CronJob names its Jobs
     * {@code <cronjob>-<scheduled minute>}), {@code statefulset/db}, {@code pod/x} for a pod without controller.
     */
    public String workload() {
        if (controlledBy == null || !controlledBy.contains("/")) {
            return "pod/" + name();
        }
        String[] kindAndName = controlledBy.split("/", 2);
        String kind = kindAndName[0].toLowerCase(Locale.ROOT);
        Matcher deployment = REPLICA_SET_OF_DEPLOYMENT.matcher(kindAndName[1]);
        if (kind.equals("replicaset") && deployment.matches()) {
            return "deployment/" + deployment.group(1);
        }
        Matcher cronJob = JOB_OF_CRON_JOB.matcher(kindAndName[1]);
        if (kind.equals("job") && cronJob.matches()) {
            return "cronjob/" + cronJob.group(1);
        }
        return kind + "/" + kindAndName[1];
    }

    /** A merge patch for {@link #workload()} that sets {@code podSpec} (JSON) in its pod template. */
    public String podTemplatePatch(String podSpec) {
        String workload = workload();
        if (workload.startsWith("pod/")) {
            return "{\"spec\":" + podSpec + "}";
        }
        String template = "{\"template\":{\"spec\":" + podSpec + "}}";
        return workload.startsWith("cronjob/") ? "{\"spec\":{\"jobTemplate\":{\"spec\":" + template + "}}}"
                : "{\"spec\":" + template + "}";
    }
}
