package dev.kubeadvisor.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One clause of a {@code FailedScheduling} message: {@code count} of the {@code nodesTotal} nodes were rejected
 * for {@code reason} ({@code Insufficient cpu}, {@code node(s) had untolerated taint {k: v}}...). A PreFilter
 * rejection that stands for the whole cluster ({@code pod has unbound immediate PersistentVolumeClaims}) has no
 * {@code count}.
 */
public record SchedulingFailure(ObjectRef pod, int nodesTotal, Integer count, String reason, SourceLine line) {

    /** Every wording: 1.25+ {@code untolerated taint {k: v}}, 1.35 {@code untolerated taint(s)}, 1.18-1.24
     * {@code taint {k: v}, that the pod didn't tolerate}, 1.17 and older {@code taints that the pod didn't tolerate}. */
    private static final Pattern TAINT_REASON = Pattern.compile("^node\\(s\\) had (?:untolerated )?taint");
    private static final Pattern TAINT = Pattern.compile("\\{([^:}]+):\\s*([^}]*)}");
    private static final Pattern INSUFFICIENT = Pattern.compile("^Insufficient (\\S+)$");
    /** 1.21+ {@code didn't match Pod's node affinity/selector}, 1.19-1.20 {@code didn't match Pod's node affinity},
     * older {@code didn't match node selector} / {@code MatchNodeSelector}, 1.34+ summaries {@code plugin(s) [NodeAffinity]}. */
    private static final Pattern NODE_AFFINITY = Pattern.compile(
            "didn't match (?:Pod's )?node (?:affinity|selector)|^MatchNodeSelector$|plugin\\(s\\) \\[[^\\]]*\\bNodeAffinity\\b");
    private static final Pattern POD_AFFINITY = Pattern.compile(
            "pod (?:anti-)?affinity|pods anti-affinity|^MatchInterPodAffinity$|plugin\\(s\\) \\[[^\\]]*\\bInterPodAffinity\\b");
    /** The PreFilter forms, 1.2x+ {@code persistentvolumeclaim "x" not found} and 1.19-1.2x
     * {@code error getting PVC "ns/x": could not find v1.PersistentVolumeClaim "ns/x"}. */
    private static final Pattern MISSING_CLAIM = Pattern.compile(
            "persistentvolumeclaim \"([^\"]+)\" not found|could not find v1\\.PersistentVolumeClaim \"(?:[^/\"]+/)?([^\"]+)\"");
    private static final Pattern UNBOUND_CLAIM = Pattern.compile(
            "unbound (?:immediate )?PersistentVolumeClaims|didn't find available persistent volumes to bind"
                    + "|persistentvolumeclaim \"[^\"]+\" is being deleted");
    /** The taints the node controller puts on a node whose Ready condition is False or Unknown. */
    private static final Set<String> NOT_READY_TAINTS = Set.of("node.kubernetes.io/not-ready",
            "node.kubernetes.io/unreachable");
    private static final Set<String> CONTROL_PLANE_TAINTS =
            Set.of("node-role.kubernetes.io/control-plane", "node-role.kubernetes.io/master");

    public boolean isUntoleratedTaint() {
        return TAINT_REASON.matcher(reason).find();
    }

    /** The resource of an {@code Insufficient <resource>} clause ({@code nvidia.com/gpu}), or {@code null}. */
    public String insufficientResource() {
        Matcher m = INSUFFICIENT.matcher(reason);
        return m.matches() ? m.group(1) : null;
    }

    /** The node's pod count is at its maximum: {@code Too many pods}, {@code Insufficient pods} before 1.18. */
    public boolean isTooManyPods() {
        return reason.equals("Too many pods") || "pods".equals(insufficientResource());
    }

    /** The node lacks the labels of the pod's nodeSelector or required node affinity. */
    public boolean isNodeAffinityMismatch() {
        return NODE_AFFINITY.matcher(reason).find();
    }

    /** The pod's own (anti-)affinity to other pods, or the anti-affinity of pods already on the node. */
    public boolean isPodAffinityMismatch() {
        return POD_AFFINITY.matcher(reason).find();
    }

    /** The pod's claim is not bound (or bindable), or does not exist. */
    public boolean isClaimUnbound() {
        return UNBOUND_CLAIM.matcher(reason).find() || missingClaim() != null;
    }

    /** The claim the scheduler says does not exist, or {@code null}. */
    public String missingClaim() {
        Matcher m = MISSING_CLAIM.matcher(reason);
        return m.find() ? (m.group(1) != null ? m.group(1) : m.group(2)) : null;
    }

    /** The claims a rule's collected clauses say do not exist, each once. */
    public static List<String> missingClaims(Collection<?> clauses) {
        return clauses.stream().map(c -> ((SchedulingFailure) c).missingClaim()).filter(c -> c != null).distinct().toList();
    }

    /** A bound volume can only be used from nodes (or a zone) these nodes are not in. */
    public boolean isVolumeNodeAffinityConflict() {
        return reason.contains("volume node affinity conflict") || reason.contains("no available volume zone");
    }

    /** The nodes are cordoned ({@code spec.unschedulable}). */
    public boolean isNodeUnschedulable() {
        return reason.equals("node(s) were unschedulable");
    }

    /** The taint as {@code key=value} or {@code key}; {@code null} when the scheduler did not name it. */
    public String taint() {
        Matcher m = TAINT.matcher(reason);
        if (!isUntoleratedTaint() || !m.find()) {
            return null;
        }
        String value = m.group(2).strip();
        return value.isEmpty() ? m.group(1).strip() : m.group(1).strip() + "=" + value;
    }

    /** The taint that keeps workloads off control-plane nodes: expected, not a fault. */
    public boolean isControlPlaneTaint() {
        String taint = taint();
        return taint != null && CONTROL_PLANE_TAINTS.contains(taint.split("=", 2)[0]);
    }

    /** The taint of a node that is not ready or unreachable: the nodes' health, not the pod, is at fault. */
    public boolean isNotReadyTaint() {
        String taint = taint();
        return taint != null && NOT_READY_TAINTS.contains(taint.split("=", 2)[0]);
    }

    /** True when this reason alone rejected every node. */
    public boolean coversAllNodes() {
        return count == null || count == nodesTotal;
    }

    /**
     * The untolerated taints of a rule's collected clauses, each once, with the nodes that carry them:
     * {@code nvidia.com/gpu=present on 2 of 6 nodes}.
     */
    public static String describeTaints(Collection<?> clauses) {
        return String.join("; ", clauses.stream().map(c -> ((SchedulingFailure) c).taintOnNodes()).distinct().toList());
    }

    /** True unless a clause hides its taint (1.17-, 1.35+) while other nodes failed for other reasons. */
    public static boolean taintsAreKnown(Collection<?> clauses) {
        return clauses.stream().map(SchedulingFailure.class::cast).allMatch(c -> c.taint() != null || c.coversAllNodes());
    }

    /** The resources of a rule's collected {@code Insufficient} clauses, each once, in message order. */
    public static List<String> shortResources(Collection<?> clauses) {
        return clauses.stream().map(c -> ((SchedulingFailure) c).insufficientResource()).filter(r -> r != null)
                .distinct().toList();
    }

    /**
     * Each short resource with its nodes and what the pod requests of it:
     * {@code nvidia.com/gpu on 3 of 3 nodes, the pod requests nvidia.com/gpu 2 (trainer)}.
     */
    public static String describeShortages(Collection<?> clauses, Collection<?> requests) {
        List<String> parts = new ArrayList<>();
        for (String resource : shortResources(clauses)) {
            String nodes = clauses.stream().map(SchedulingFailure.class::cast)
                    .filter(c -> resource.equals(c.insufficientResource())).map(SchedulingFailure::nodes)
                    .distinct().collect(Collectors.joining(", "));
            parts.add(resource + " on " + nodes + ", the pod requests " + ResourceRequest.describe(requests, resource));
        }
        return String.join("; ", parts);
    }

    /** The nodes of a rule's collected clauses: {@code all 3 node(s)}, {@code 2 of 5 nodes}, each once. */
    public static String nodesOf(Collection<?> clauses) {
        return clauses.stream().map(c -> ((SchedulingFailure) c).nodes()).distinct().collect(Collectors.joining(", then "));
    }

    /** The reasons of a rule's collected clauses, each once: {@code Insufficient cpu, Insufficient memory}. */
    public static String reasonsOf(Collection<?> clauses) {
        return clauses.stream().map(c -> ((SchedulingFailure) c).reason()).distinct().collect(Collectors.joining(", "));
    }

    /** True when one of a rule's collected clauses rejected every node on its own. */
    public static boolean anyCoversAllNodes(Collection<?> clauses) {
        return clauses.stream().map(SchedulingFailure.class::cast).anyMatch(SchedulingFailure::coversAllNodes);
    }

    /** A rule's collected clauses in plain words, each once: {@code 2 of 5 nodes: node(s) were unschedulable}. */
    public static String describeAll(Collection<?> clauses) {
        return String.join("; ", clauses.stream().map(c -> ((SchedulingFailure) c).describe()).distinct().toList());
    }

    /** The pods of a rule's collected clauses as {@code namespace/name}, each once, comma-separated. */
    public static String podsOf(Collection<?> clauses) {
        return clauses.stream().map(c -> ((SchedulingFailure) c).pod()).map(p -> p.namespace() + "/" + p.name())
                .distinct().collect(Collectors.joining(", "));
    }

    /** The event lines of a rule's collected clauses, in input order. */
    public static List<SourceLine> lines(Collection<?> clauses) {
        return clauses.stream().map(c -> ((SchedulingFailure) c).line()).distinct()
                .sorted(Comparator.comparing(SourceLine::document).thenComparingInt(SourceLine::line)).toList();
    }

    /** {@code all 3 node(s)} or {@code 2 of 5 nodes}. */
    public String nodes() {
        return coversAllNodes() ? "all " + nodesTotal + " node(s)" : count + " of " + nodesTotal + " nodes";
    }

    private String taintOnNodes() {
        String nodes = nodes();
        if (taint() == null) {
            return "a taint the scheduler does not name, on " + nodes;
        }
        return taint() + " on " + nodes + (isControlPlaneTaint()
                ? " (every node is a control-plane node, which keeps workloads off by design)" : "");
    }

    /** The clause in plain words, e.g. {@code 2 of 3 nodes: Insufficient cpu}. */
    public String describe() {
        if (nodesTotal == 0) {
            return "no nodes: " + reason;
        }
        return (count == null ? "all " + nodesTotal + " nodes: " : count + " of " + nodesTotal + " nodes: ") + reason;
    }
}
