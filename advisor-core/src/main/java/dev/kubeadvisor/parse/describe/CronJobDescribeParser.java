package dev.kubeadvisor.parse.describe;

import dev.kubeadvisor.model.CronJobInfo;
import dev.kubeadvisor.model.ObjectRef;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Turns one {@code kubectl describe cronjob} document into fact records. The Job template's own fields
 * ({@code Parallelism:}, {@code Completions:}, its selector) are printed at the top level too; they say nothing
 * until a Job runs.
 */
final class CronJobDescribeParser {

    private static final Set<String> INFORMATIONAL_FIELDS = Set.of("Selector", "Parallelism", "Completions",
            "Active Deadline Seconds", "Time Zone", "Completion Mode");

    private CronJobDescribeParser() {
    }

    static ObjectRef describe(DescribeTree tree, Consumer<Object> facts) {
        ObjectRef cronJob = DescribedFields.ref(tree, "CronJob");
        String active = tree.rootValue("Active Jobs");
        facts.accept(new CronJobInfo(cronJob, tree.rootValue("Schedule"), tree.rootValue("Concurrency Policy"),
                DescribedFields.bool(tree.rootValue("Suspend")),
                DescribedFields.integer(tree.rootValue("Successful Job History Limit")),
                DescribedFields.integer(tree.rootValue("Failed Job History Limit")),
                DescribedFields.integer(tree.rootValue("Starting Deadline Seconds")),
                tree.rootValue("Last Schedule Time"),
                active == null ? List.of() : Arrays.stream(active.split(",")).map(String::strip).toList(),
                DescribedFields.line(tree, "Name"), DescribedFields.line(tree, "Schedule"),
                DescribedFields.line(tree, "Suspend"), DescribedFields.line(tree, "Last Schedule Time")));
        PodTemplateSection.read(tree, cronJob, facts);
        DescribedFields.finish(tree, cronJob, INFORMATIONAL_FIELDS, facts);
        return cronJob;
    }
}
