package dev.kubeadvisor.parse.objects;

import dev.kubeadvisor.model.CronJobInfo;
import dev.kubeadvisor.model.DaemonSetInfo;
import dev.kubeadvisor.model.DeploymentInfo;
import dev.kubeadvisor.model.DeploymentReplicaSet;
import dev.kubeadvisor.model.JobInfo;
import dev.kubeadvisor.model.ObjectCondition;
import dev.kubeadvisor.model.ObjectRef;
import dev.kubeadvisor.model.PodsStatus;
import dev.kubeadvisor.model.Quantity;
import dev.kubeadvisor.model.ReplicaSetInfo;
import dev.kubeadvisor.model.StatefulSetInfo;
import dev.kubeadvisor.model.VolumeClaimTemplate;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Deployments, ReplicaSets, StatefulSets, DaemonSets, Jobs and CronJobs as the facts their {@code kubectl describe}
 * gives, computed from the object the way kubectl computes what it prints.
 */
final class WorkloadObjects {

    private static final String REVISION = "deployment.kubernetes.io/revision";

    private WorkloadObjects() {
    }

    static ObjectRef deployment(LocatedNode object, ObjectContext context) {
        ObjectRef ref = ObjectFields.ref(object, "Deployment");
        DocumentLines lines = context.lines();
        LocatedNode spec = object.get("spec");
        LocatedNode status = object.get("status");
        LocatedNode strategy = spec.get("strategy");
        LocatedNode rollingUpdate = strategy.get("rollingUpdate");
        context.fact(new DeploymentInfo(ref, ObjectFields.selector(spec.get("selector")),
                ObjectFields.integer(spec.get("replicas"), 1), count(status, "updatedReplicas"),
                count(status, "replicas"), count(status, "availableReplicas"), count(status, "unavailableReplicas"),
                strategy.get("type").nonEmptyText(), ObjectFields.integer(spec.get("minReadySeconds"), 0),
                rollingUpdate.get("maxUnavailable").text(), rollingUpdate.get("maxSurge").text(),
                lines.of(object.path("metadata", "name")), lines.of(spec.get("replicas")),
                lines.of(strategy.get("type")), lines.of(rollingUpdate)));
        replicaSets(object, ref, context);
        TemplateObjects.read(spec.get("template"), ref, lines, context::fact);
        conditions(status, ref, context);
        return ref;
    }

    /**
     * The Deployment's ReplicaSets in the document: the new one carries the Deployment's revision (the controller
     * keeps them equal), the old ones are the others that still want pods, as kubectl lists them.
     */
    private static void replicaSets(LocatedNode deployment, ObjectRef ref, ObjectContext context) {
        String revision = deployment.path("metadata", "annotations", REVISION).text();
        for (LocatedNode replicaSet : context.objects().controlledBy("ReplicaSet", ref)) {
            boolean isNew = revision != null
                    && revision.equals(replicaSet.path("metadata", "annotations", REVISION).text());
            Integer desired = ObjectFields.integer(replicaSet.path("spec", "replicas"), 1);
            if (isNew || desired != 0) {
                context.fact(new DeploymentReplicaSet(ref, ObjectFields.ref(replicaSet, "ReplicaSet"), isNew,
                        count(replicaSet.get("status"), "replicas"), desired,
                        context.lines().of(replicaSet.path("metadata", "name"))));
            }
        }
    }

    static ObjectRef replicaSet(LocatedNode object, ObjectContext context) {
        ObjectRef ref = ObjectFields.ref(object, "ReplicaSet");
        LocatedNode spec = object.get("spec");
        context.fact(new ReplicaSetInfo(ref, ObjectFields.selector(spec.get("selector")),
                ObjectFields.controlledBy(object), count(object.get("status"), "replicas"),
                ObjectFields.integer(spec.get("replicas"), 1), context.lines().of(object.path("metadata", "name")),
                context.lines().of(spec.get("replicas")), context.lines().of(ObjectFields.controller(object).get("name"))));
        podsStatus(object, ref, context);
        TemplateObjects.read(spec.get("template"), ref, context.lines(), context::fact);
        conditions(object.get("status"), ref, context);
        return ref;
    }

    static ObjectRef statefulSet(LocatedNode object, ObjectContext context) {
        ObjectRef ref = ObjectFields.ref(object, "StatefulSet");
        LocatedNode spec = object.get("spec");
        LocatedNode strategy = spec.get("updateStrategy");
        context.fact(new StatefulSetInfo(ref, ObjectFields.selector(spec.get("selector")),
                ObjectFields.integer(spec.get("replicas"), 1), count(object.get("status"), "replicas"),
                strategy.get("type").nonEmptyText(), strategy.path("rollingUpdate", "partition").integer(),
                context.lines().of(object.path("metadata", "name")), context.lines().of(spec.get("replicas"))));
        podsStatus(object, ref, context);
        TemplateObjects.read(spec.get("template"), ref, context.lines(), context::fact);
        for (LocatedNode claim : spec.get("volumeClaimTemplates").items()) {
            LocatedNode claimSpec = claim.get("spec");
            String accessModes = claimSpec.get("accessModes").items().stream().map(LocatedNode::text)
                    .collect(Collectors.joining(" ", "[", "]"));
            context.fact(new VolumeClaimTemplate(ref, claim.path("metadata", "name").text(),
                    claimSpec.get("storageClassName").nonEmptyText(),
                    Quantity.parse(claimSpec.path("resources", "requests", "storage").text()), accessModes,
                    context.lines().of(claim.path("metadata", "name"))));
        }
        return ref;
    }

    static ObjectRef daemonSet(LocatedNode object, ObjectContext context) {
        ObjectRef ref = ObjectFields.ref(object, "DaemonSet");
        LocatedNode spec = object.get("spec");
        LocatedNode status = object.get("status");
        DocumentLines lines = context.lines();
        context.fact(new DaemonSetInfo(ref, ObjectFields.selector(spec.get("selector")),
                ObjectFields.labels(spec.path("template", "spec", "nodeSelector")),
                count(status, "desiredNumberScheduled"), count(status, "currentNumberScheduled"),
                count(status, "updatedNumberScheduled"), count(status, "numberAvailable"),
                count(status, "numberMisscheduled"), lines.of(object.path("metadata", "name")),
                lines.of(status.get("desiredNumberScheduled")), lines.of(status.get("numberAvailable")),
                lines.of(status.get("numberMisscheduled"))));
        podsStatus(object, ref, context);
        TemplateObjects.read(spec.get("template"), ref, lines, context::fact);
        return ref;
    }

    static ObjectRef job(LocatedNode object, ObjectContext context) {
        ObjectRef ref = ObjectFields.ref(object, "Job");
        LocatedNode spec = object.get("spec");
        LocatedNode status = object.get("status");
        DocumentLines lines = context.lines();
        String start = status.get("startTime").nonEmptyText();
        String completion = status.get("completionTime").nonEmptyText();
        context.fact(new JobInfo(ref, ObjectFields.controlledBy(object), spec.get("parallelism").integer(),
                spec.get("completions").integer(), spec.get("completionMode").nonEmptyText(),
                spec.get("suspend").bool(),
                spec.get("backoffLimit").integer(), KubectlTime.rfc1123(start), KubectlTime.rfc1123(completion),
                duration(start, completion), spec.get("activeDeadlineSeconds").integer(), count(status, "active"),
                status.get("ready").integer(), count(status, "succeeded"), count(status, "failed"),
                lines.of(object.path("metadata", "name")), lines.of(spec.get("backoffLimit")),
                lines.of(spec.get("activeDeadlineSeconds")), lines.of(status.get("failed"))));
        TemplateObjects.read(spec.get("template"), ref, lines, context::fact);
        return ref;
    }

    static ObjectRef cronJob(LocatedNode object, ObjectContext context) {
        ObjectRef ref = ObjectFields.ref(object, "CronJob");
        LocatedNode spec = object.get("spec");
        DocumentLines lines = context.lines();
        LocatedNode lastSchedule = object.path("status", "lastScheduleTime");
        List<String> active = object.path("status", "active").items().stream()
                .map(job -> job.get("name").text()).filter(Objects::nonNull).toList();
        context.fact(new CronJobInfo(ref, spec.get("schedule").nonEmptyText(),
                spec.get("concurrencyPolicy").nonEmptyText(), spec.get("suspend").bool(),
                spec.get("successfulJobsHistoryLimit").integer(), spec.get("failedJobsHistoryLimit").integer(),
                spec.get("startingDeadlineSeconds").integer(), KubectlTime.rfc1123(lastSchedule.text()), active,
                lines.of(object.path("metadata", "name")), lines.of(spec.get("schedule")), lines.of(spec.get("suspend")),
                lines.of(lastSchedule)));
        TemplateObjects.read(spec.path("jobTemplate", "spec", "template"), ref, lines, context::fact);
        return ref;
    }

    /** A status count; the API leaves out a count that is 0, kubectl prints 0. */
    /** A count the status omits is 0; without a status at all (a manifest, not a live object) it is unknown. */
    private static Integer count(LocatedNode status, String field) {
        return status.isObject() ? ObjectFields.integer(status.get(field), 0) : null;
    }

    /**
     * {@code Pods Status:} counts the controller's pods by phase, so it is known only when the document holds pods:
     * {@code kubectl get} of the controller alone says nothing of them.
     */
    private static void podsStatus(LocatedNode object, ObjectRef owner, ObjectContext context) {
        if (!context.objects().has("Pod")) {
            return;
        }
        int running = 0;
        int pending = 0;
        int succeeded = 0;
        int failed = 0;
        for (LocatedNode pod : context.objects().controlledBy("Pod", owner)) {
            switch (Objects.requireNonNullElse(pod.path("status", "phase").text(), "")) {
                case "Running" -> running++;
                case "Pending" -> pending++;
                case "Succeeded" -> succeeded++;
                case "Failed" -> failed++;
                default -> { }
            }
        }
        context.fact(new PodsStatus(owner, running, pending, succeeded, failed,
                context.lines().of(object.path("metadata", "name"))));
    }

    /**
     * {@code status.conditions} of the kinds whose describe prints them (a Job's describe prints none); describe's
     * table has no message column, the object has the field.
     */
    static void conditions(LocatedNode status, ObjectRef owner, ObjectContext context) {
        for (LocatedNode condition : status.get("conditions").items()) {
            String type = condition.get("type").nonEmptyText();
            if (type != null) {
                context.fact(new ObjectCondition(owner, type, condition.get("status").text(),
                        condition.get("reason").nonEmptyText(), condition.get("message").nonEmptyText(),
                        context.lines().of(condition.get("type"))));
            }
        }
    }

    /** kubectl's {@code Duration:}: from start to completion, as a human duration. */
    private static String duration(String start, String completion) {
        Instant from = KubectlTime.instant(start);
        Instant to = KubectlTime.instant(completion);
        return from == null || to == null ? null : KubectlTime.human(Duration.between(from, to));
    }
}
