package dev.kubeadvisor.parse.describe;

import dev.kubeadvisor.model.JobInfo;
import dev.kubeadvisor.model.ObjectRef;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns one {@code kubectl describe job} document into fact records. */
final class JobDescribeParser {

    /** {@code 0 Active (0 Ready) / 0 Succeeded / 6 Failed}; kubectl 1.22 and older print {@code Running}. */
    private static final Pattern PODS_STATUSES = Pattern.compile(
            "(\\d+) (?:Active|Running)(?: \\((\\d+) Ready\\))? / (\\d+) Succeeded / (\\d+) Failed");
    private static final Set<String> INFORMATIONAL_FIELDS = Set.of("Selector",
            "TTL Seconds After Finished", "Completed Indexes", "Failed Indexes", "Pod Failure Policy",
            "Success Policy", "Max Failed Indexes", "Backoff Limit Per Index", "Pod Replacement Policy",
            "Managed By");

    private JobDescribeParser() {
    }

    static ObjectRef describe(DescribeTree tree, Consumer<Object> facts) {
        ObjectRef job = DescribedFields.ref(tree, "Job");
        String statuses = tree.rootValue("Pods Statuses");
        Matcher pods = PODS_STATUSES.matcher(statuses == null ? "" : statuses);
        boolean counted = pods.find();
        facts.accept(new JobInfo(job, tree.rootValue("Controlled By"),
                DescribedFields.integer(tree.rootValue("Parallelism")),
                DescribedFields.integer(tree.rootValue("Completions")), tree.rootValue("Completion Mode"),
                DescribedFields.bool(tree.rootValue("Suspend")),
                DescribedFields.integer(tree.rootValue("Backoff Limit")), tree.rootValue("Start Time"),
                tree.rootValue("Completed At"), tree.rootValue("Duration"),
                DescribedFields.integer(tree.rootValue("Active Deadline Seconds")),
                counted ? Integer.valueOf(pods.group(1)) : null,
                counted && pods.group(2) != null ? Integer.valueOf(pods.group(2)) : null,
                counted ? Integer.valueOf(pods.group(3)) : null, counted ? Integer.valueOf(pods.group(4)) : null,
                DescribedFields.line(tree, "Name"), DescribedFields.line(tree, "Backoff Limit"),
                DescribedFields.line(tree, "Active Deadline Seconds"), DescribedFields.line(tree, "Pods Statuses")));
        PodTemplateSection.read(tree, job, facts);
        ConditionTable.read(tree, job, facts);
        DescribedFields.finish(tree, job, INFORMATIONAL_FIELDS, facts);
        return job;
    }
}
