package dev.kubeadvisor.parse.describe;

import dev.kubeadvisor.model.ObjectRef;
import dev.kubeadvisor.model.PodsStatus;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code Pods Status:  2 Running / 1 Waiting / 0 Succeeded / 0 Failed} of a ReplicaSet, StatefulSet or DaemonSet. */
final class PodsStatusLine {

    private static final Pattern COUNTS =
            Pattern.compile("(\\d+) Running / (\\d+) Waiting / (\\d+) Succeeded / (\\d+) Failed");

    private PodsStatusLine() {
    }

    static void read(DescribeTree tree, ObjectRef owner, Consumer<Object> facts) {
        DescribeNode line = tree.root("Pods Status");
        if (line == null || line.value() == null) {
            return;
        }
        Matcher m = COUNTS.matcher(line.value());
        if (m.find()) {
            line.markUsed();
            facts.accept(new PodsStatus(owner, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)), line.source()));
        }
    }
}
