package dev.kubeadvisor.parse.describe;

import dev.kubeadvisor.model.ObjectRef;
import dev.kubeadvisor.model.ReplicaSetInfo;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns one {@code kubectl describe replicaset} document into fact records. */
final class ReplicaSetDescribeParser {

    private static final Pattern REPLICAS = Pattern.compile("(\\d+) current / (\\d+) desired");

    private ReplicaSetDescribeParser() {
    }

    static ObjectRef describe(DescribeTree tree, Consumer<Object> facts) {
        ObjectRef replicaSet = DescribedFields.ref(tree, "ReplicaSet");
        String replicas = tree.rootValue("Replicas");
        Matcher m = REPLICAS.matcher(replicas == null ? "" : replicas);
        boolean counted = m.find();
        facts.accept(new ReplicaSetInfo(replicaSet, tree.rootValue("Selector"), tree.rootValue("Controlled By"),
                counted ? Integer.valueOf(m.group(1)) : null, counted ? Integer.valueOf(m.group(2)) : null,
                DescribedFields.line(tree, "Name"), DescribedFields.line(tree, "Replicas"),
                DescribedFields.line(tree, "Controlled By")));
        PodsStatusLine.read(tree, replicaSet, facts);
        PodTemplateSection.read(tree, replicaSet, facts);
        ConditionTable.read(tree, replicaSet, facts);
        DescribedFields.finish(tree, replicaSet, Set.of(), facts);
        return replicaSet;
    }
}
