package dev.kubeadvisor.live;

import java.util.List;
import java.util.Locale;

/**
 * What a scan reads: the pods of a namespace (or of all namespaces), optionally filtered by a label selector, or
 * named objects ({@code pod/web-1}, {@code deployment/web}, {@code node/node-a}; a bare name is a pod).
 *
 * @param namespace     the namespace of namespaced targets and of a namespace scan
 * @param allNamespaces scan every namespace (only without targets)
 * @param labelSelector a label selector for the pods of a namespace scan, or null
 * @param targets       named objects; empty for a namespace scan
 */
public record ScanScope(String namespace, boolean allNamespaces, String labelSelector, List<Target> targets) {

    public ScanScope {
        targets = List.copyOf(targets);
        if (allNamespaces && !targets.isEmpty()) {
            throw new IllegalArgumentException("--all-namespaces scans pods; name objects with -n NAMESPACE instead");
        }
    }

    public static ScanScope of(String namespace, boolean allNamespaces, String labelSelector, List<String> targets) {
        return new ScanScope(namespace, allNamespaces, labelSelector, targets.stream().map(Target::parse).toList());
    }

    /** A named object to scan. */
    public record Target(Kind kind, String name) {

        static Target parse(String text) {
            int slash = text.indexOf('/');
            if (slash < 0) {
                return new Target(Kind.POD, text);
            }
            String kind = text.substring(0, slash).toLowerCase(Locale.ROOT);
            String name = text.substring(slash + 1);
            if (name.isEmpty()) {
                throw new IllegalArgumentException("'" + text + "': a name is missing after the slash");
            }
            return new Target(Kind.parse(kind, text), name);
        }
    }

    /** The kinds a scan can start from. */
    public enum Kind {
        POD, DEPLOYMENT, NODE;

        static Kind parse(String kind, String text) {
            switch (kind) {
                case "pod": case "pods": case "po":
                    return POD;
                case "deployment": case "deployments": case "deploy": case "deployment.apps":
                    return DEPLOYMENT;
                case "node": case "nodes": case "no":
                    return NODE;
                default:
                    throw new IllegalArgumentException("'" + text + "': scan reads pods, deployments and nodes "
                            + "(pod/NAME, deployment/NAME, node/NAME)");
            }
        }
    }
}
