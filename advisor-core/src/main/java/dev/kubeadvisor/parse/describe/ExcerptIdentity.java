package dev.kubeadvisor.parse.describe;

import dev.kubeadvisor.model.ObjectRef;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names the pod of a describe excerpt that lost its {@code Name:} line: from the scheduler's
 * {@code Successfully assigned ns/pod to node} event, the kubelet's {@code ... in pod pod_ns(uid)} message, or the
 * pasted command line ({@code $ kubectl -n ns describe pod name}). Unknown parts read {@code <pod>}, which the
 * remediation commands then show for the user to fill in.
 */
public final class ExcerptIdentity {

    private static final Pattern ASSIGNED = Pattern.compile("Successfully assigned ([a-z0-9.-]+)/([a-z0-9.-]+) to ");
    private static final Pattern IN_POD = Pattern.compile(" in pod ([a-z0-9.-]+)_([a-z0-9.-]+)\\(");
    private static final Pattern COMMAND = Pattern.compile("kubectl\\s.*?describe\\s+(?:pods?|po)(?:/|\\s+)([a-z0-9.-]+)");
    private static final Pattern NAMESPACE_FLAG = Pattern.compile("(?:-n|--namespace)[ =]([a-z0-9-]+)");

    private ExcerptIdentity() {
    }

    static ObjectRef of(DescribeTree tree) {
        String namespace = tree.rootValue("Namespace");
        String name = null;
        for (DescribeNode root : tree.roots()) {
            String text = root.source().text();
            Matcher command = COMMAND.matcher(text);
            if (text.contains("kubectl") && command.find()) {
                name = command.group(1);
            }
            Matcher flag = NAMESPACE_FLAG.matcher(text);
            if (text.contains("kubectl") && flag.find() && namespace == null) {
                namespace = flag.group(1);
            }
        }
        DescribeNode events = tree.root("Events");
        if (events != null && name == null) {
            for (DescribeNode row : events.children()) {
                Matcher assigned = ASSIGNED.matcher(row.source().text());
                Matcher inPod = IN_POD.matcher(row.source().text());
                if (assigned.find()) {
                    namespace = assigned.group(1);
                    name = assigned.group(2);
                    break;
                }
                if (inPod.find()) {
                    name = inPod.group(1);
                    namespace = inPod.group(2);
                }
            }
        }
        return ObjectRef.pod(Objects.requireNonNullElse(namespace, "default"), Objects.requireNonNullElse(name, ObjectRef.UNKNOWN_POD));
    }
}
