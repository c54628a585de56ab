package dev.kubeadvisor.parse.describe;

import dev.kubeadvisor.model.DaemonSetInfo;
import dev.kubeadvisor.model.ObjectRef;
import java.util.Set;
import java.util.function.Consumer;

/** Turns one {@code kubectl describe daemonset} document into fact records. */
final class DaemonSetDescribeParser {

    private static final String DESIRED = "Desired Number of Nodes Scheduled";
    private static final String AVAILABLE = "Number of Nodes Scheduled with Available Pods";
    private static final String MISSCHEDULED = "Number of Nodes Misscheduled";

    private DaemonSetDescribeParser() {
    }

    static ObjectRef describe(DescribeTree tree, Consumer<Object> facts) {
        ObjectRef daemonSet = DescribedFields.ref(tree, "DaemonSet");
        facts.accept(new DaemonSetInfo(daemonSet, tree.rootValue("Selector"), tree.rootValue("Node-Selector"),
                DescribedFields.integer(tree.rootValue(DESIRED)),
                DescribedFields.integer(tree.rootValue("Current Number of Nodes Scheduled")),
                DescribedFields.integer(tree.rootValue("Number of Nodes Scheduled with Up-to-date Pods")),
                DescribedFields.integer(tree.rootValue(AVAILABLE)),
                DescribedFields.integer(tree.rootValue(MISSCHEDULED)),
                DescribedFields.line(tree, "Name"), DescribedFields.line(tree, DESIRED),
                DescribedFields.line(tree, AVAILABLE), DescribedFields.line(tree, MISSCHEDULED)));
        PodsStatusLine.read(tree, daemonSet, facts);
        PodTemplateSection.read(tree, daemonSet, facts);
        DescribedFields.finish(tree, daemonSet, Set.of(), facts);
        return daemonSet;
    }
}
