package dev.kubeadvisor.rules;

import dev.kubeadvisor.model.ContainerState;
import dev.kubeadvisor.model.ContainerStatus;
import dev.kubeadvisor.model.KubeEvent;
import dev.kubeadvisor.model.ObjectRef;
import dev.kubeadvisor.model.PodsStatus;
import dev.kubeadvisor.model.SourceLine;
import dev.kubeadvisor.report.Report;
import java.lang.reflect.RecordComponent;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Facts as text to compare the JSON path with describe text, without what describe cannot say or says at another
 * instant (see {@link ObjectsReadLikeDescribeTest} for the reason of each): source lines, ages, printed times, the
 * columns describe has no room for, what an older kubectl does not print, a node's lease when the document
 * holds none, and a controller's pod counts when it holds no pods.
 */
record Normalised(String kubectlVersion, boolean withLease, boolean withPods) {

    private static final Pattern RFC_1123 =
            Pattern.compile("[A-Z][a-z]{2}, \\d{2} [A-Z][a-z]{2} \\d{4} \\d{2}:\\d{2}:\\d{2} [+-]\\d{4}");
    private static final Pattern DAEMON_SET_NAMESPACE = Pattern.compile("^DaemonSet/[^/]+/(?=[^/]+$)");
    private static final Map<String, Set<String>> ALWAYS_LEFT = Map.of(
            "KubeEvent", Set.of("age", "container"), "NodePod", Set.of("age"),
            "ObjectCondition", Set.of("message"), "PodCondition", Set.of("reason"));

    List<String> facts(List<Object> facts) {
        return facts.stream().filter(fact -> withPods || !(fact instanceof PodsStatus))
                .map(fact -> text(withoutTimes(fact))).toList();
    }

    /** Rule, subject and container of each diagnosis, in order. */
    List<String> diagnoses(Report report) {
        return report.diagnoses().stream()
                .map(d -> d.rule() + " " + subject(d.subject()) + " [" + Objects.toString(d.container(), "") + "]")
                .sorted().toList();
    }

    private String subject(String subject) {
        return minor() < 33 ? DAEMON_SET_NAMESPACE.matcher(subject).replaceFirst("DaemonSet/") : subject;
    }

    private int minor() {
        return Integer.parseInt(kubectlVersion.substring(kubectlVersion.indexOf('.') + 1));
    }

    private Set<String> left(String type) {
        Set<String> left = new java.util.HashSet<>(ALWAYS_LEFT.getOrDefault(type, Set.of()));
        if (type.equals("JobInfo") && minor() < 30) {
            left.addAll(Set.of("suspend", "backoffLimit"));
        }
        if (type.equals("NodeInfo") && !withLease) {
            left.addAll(Set.of("leaseHolder", "leaseRenewTime", "leaseError"));
        }
        return left;
    }

    private static Object withoutTimes(Object fact) {
        if (fact instanceof ContainerStatus c) {
            return new ContainerStatus(c.pod(), c.name(), c.kind(), c.image(), withoutTimes(c.state()),
                    withoutTimes(c.lastState()), c.ready(), c.restartCount(), c.limits(), c.requests(), c.liveness(),
                    c.readiness(), c.startup(), null, null, null, null);
        }
        return fact;
    }

    /** A state with how long the run lasted in place of its start and finish. */
    private static ContainerState withoutTimes(ContainerState s) {
        if (s == null) {
            return null;
        }
        Duration ran = s.ranFor();
        return new ContainerState(s.state(), s.reason(), s.message(), s.exitCode(), s.signal(),
                ran == null ? null : ran.toString(), null, null, null, null, null);
    }

    /** A record's components without its source lines, nested records the same way. */
    private String text(Object value) {
        if (value instanceof ObjectRef ref && ref.kind().equals("DaemonSet") && minor() < 33) {
            return "DaemonSet/" + ref.name();
        }
        if (value instanceof List<?> list) {
            return list.stream().map(this::text).toList().toString();
        }
        if (value == null || !value.getClass().isRecord()) {
            return normalised(value);
        }
        Set<String> left = left(value.getClass().getSimpleName());
        List<String> parts = new ArrayList<>();
        for (RecordComponent component : value.getClass().getRecordComponents()) {
            if (component.getType() == SourceLine.class || left.contains(component.getName())) {
                continue;
            }
            try {
                parts.add(component.getName() + "=" + text(component.getAccessor().invoke(value)));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        return value.getClass().getSimpleName() + parts;
    }

    private static String normalised(Object value) {
        if (value instanceof String text && text.contains("\n")) {
            return text.lines().map(String::strip).collect(Collectors.joining("\n"));
        }
        if (value instanceof String text) {
            return RFC_1123.matcher(text).replaceAll("<time>");
        }
        return Objects.toString(value);
    }
}
