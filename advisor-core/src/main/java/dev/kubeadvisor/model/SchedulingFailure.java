package dev.kubeadvisor.model;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
    private static final Set<String> CONTROL_PLANE_TAINTS =
            Set.of("node-role.kubernetes.io/control-plane", "node-role.kubernetes.io/master");

    public boolean isUntoleratedTaint() {
        return TAINT_REASON.matcher(reason).find();
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

    /** The event lines of a rule's collected clauses, in input order. */
    public static List<SourceLine> lines(Collection<?> clauses) {
        return clauses.stream().map(c -> ((SchedulingFailure) c).line()).distinct()
                .sorted(Comparator.comparing(SourceLine::document).thenComparingInt(SourceLine::line)).toList();
    }

    private String taintOnNodes() {
        String nodes = coversAllNodes() ? "all " + nodesTotal + " node(s)" : count + " of " + nodesTotal + " nodes";
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
