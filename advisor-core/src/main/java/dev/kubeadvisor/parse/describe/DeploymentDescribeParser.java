package dev.kubeadvisor.parse.describe;

import dev.kubeadvisor.model.DeploymentInfo;
import dev.kubeadvisor.model.DeploymentReplicaSet;
import dev.kubeadvisor.model.ObjectRef;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns one {@code kubectl describe deployment} document into fact records. */
final class DeploymentDescribeParser {

    private static final Pattern REPLICAS = Pattern.compile(
            "(\\d+) desired \\| (\\d+) updated \\| (\\d+) total \\| (\\d+) available \\| (\\d+) unavailable");
    private static final Pattern ROLLING_UPDATE = Pattern.compile("(\\S+) max unavailable, (\\S+) max surge");
    /** {@code web-7d4b9c (2/3 replicas created)}, comma-separated. */
    private static final Pattern REPLICA_SET = Pattern.compile("([a-z0-9.-]+) \\((\\d+)/(\\d+) replicas created\\)");

    private DeploymentDescribeParser() {
    }

    static ObjectRef describe(DescribeTree tree, Consumer<Object> facts) {
        ObjectRef deployment = DescribedFields.ref(tree, "Deployment");
        Matcher replicas = matcher(REPLICAS, tree.rootValue("Replicas"));
        Matcher rollingUpdate = matcher(ROLLING_UPDATE, tree.rootValue("RollingUpdateStrategy"));
        facts.accept(new DeploymentInfo(deployment, tree.rootValue("Selector"),
                group(replicas, 1), group(replicas, 2), group(replicas, 3), group(replicas, 4), group(replicas, 5),
                tree.rootValue("StrategyType"), DescribedFields.integer(tree.rootValue("MinReadySeconds")),
                rollingUpdate == null ? null : rollingUpdate.group(1),
                rollingUpdate == null ? null : rollingUpdate.group(2),
                DescribedFields.line(tree, "Name"), DescribedFields.line(tree, "Replicas"),
                DescribedFields.line(tree, "StrategyType"), DescribedFields.line(tree, "RollingUpdateStrategy")));
        replicaSets(tree, "OldReplicaSets", false, deployment, facts);
        replicaSets(tree, "NewReplicaSet", true, deployment, facts);
        PodTemplateSection.read(tree, deployment, facts);
        ConditionTable.read(tree, deployment, facts);
        DescribedFields.finish(tree, deployment, Set.of(), facts);
        return deployment;
    }

    private static void replicaSets(DescribeTree tree, String key, boolean isNew, ObjectRef deployment,
                                    Consumer<Object> facts) {
        DescribeNode line = tree.root(key);
        if (line == null) {
            return;
        }
        line.markUsed();
        Matcher m = REPLICA_SET.matcher(line.value() == null ? "" : line.value());
        while (m.find()) {
            facts.accept(new DeploymentReplicaSet(deployment,
                    new ObjectRef("ReplicaSet", deployment.namespace(), m.group(1)), isNew,
                    Integer.valueOf(m.group(2)), Integer.valueOf(m.group(3)), line.source()));
        }
    }

    private static Matcher matcher(Pattern pattern, String value) {
        if (value == null) {
            return null;
        }
        Matcher m = pattern.matcher(value);
        return m.find() ? m : null;
    }

    private static Integer group(Matcher m, int group) {
        return m == null ? null : Integer.valueOf(m.group(group));
    }
}
