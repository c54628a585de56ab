package dev.kubeadvisor.parse.describe;

import dev.kubeadvisor.model.ObjectRef;
import dev.kubeadvisor.model.PvcInfo;
import dev.kubeadvisor.model.Quantity;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/** Turns one {@code kubectl describe pvc} document into fact records. */
final class PvcDescribeParser {

    private static final Set<String> INFORMATIONAL_FIELDS = Set.of("DataSource");

    private PvcDescribeParser() {
    }

    static ObjectRef describe(DescribeTree tree, Consumer<Object> facts) {
        ObjectRef claim = DescribedFields.ref(tree, "PersistentVolumeClaim");
        facts.accept(new PvcInfo(claim, tree.rootValue("Status"), tree.rootValue("Volume"),
                tree.rootValue("StorageClass"), Quantity.parse(tree.rootValue("Capacity")),
                tree.rootValue("Access Modes"), tree.rootValue("VolumeMode"), usedBy(tree),
                DescribedFields.line(tree, "Name"), DescribedFields.line(tree, "Status"),
                DescribedFields.line(tree, "StorageClass"), DescribedFields.line(tree, "Used By")));
        ConditionTable.read(tree, claim, facts);
        DescribedFields.finish(tree, claim, INFORMATIONAL_FIELDS, facts);
        return claim;
    }

    /** {@code Used By:  web-0} and one more pod name per continuation line. */
    private static List<String> usedBy(DescribeTree tree) {
        DescribeNode line = tree.root("Used By");
        List<String> pods = new ArrayList<>();
        if (line == null) {
            return pods;
        }
        line.markTreeUsed();
        if (line.value() != null) {
            pods.add(line.value());
        }
        line.children().stream().map(DescribeNode::value).filter(name -> name != null).forEach(pods::add);
        return List.copyOf(pods);
    }
}
