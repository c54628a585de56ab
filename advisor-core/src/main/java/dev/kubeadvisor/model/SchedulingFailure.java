package dev.kubeadvisor.model;

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

    /** The clause in plain words, e.g. {@code 2 of 3 nodes: Insufficient cpu}. */
    public String describe() {
        if (nodesTotal == 0) {
            return "no nodes: " + reason;
        }
        return (count == null ? "all " + nodesTotal + " nodes: " : count + " of " + nodesTotal + " nodes: ") + reason;
    }
}
