package dev.kubeadvisor.parse.logs;

import dev.kubeadvisor.model.ContainerLog;
import dev.kubeadvisor.model.ContainerStatus;
import dev.kubeadvisor.model.LogLine;
import dev.kubeadvisor.model.ObjectRef;
import dev.kubeadvisor.model.PodInfo;
import dev.kubeadvisor.model.SourceLine;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Finishes what {@link LogsParser} could not know from the log alone, once every document is parsed: a log that names
 * no pod belongs to the one pod the snapshot describes, a pod named without namespace to the described pod of that
 * name, a log that names no container to the pod's only container or, failing that, its only container that has run
 * before. What stays unknown reads {@code <pod>} / {@code <container>} (namespace {@code default}), as the describe
 * excerpts do. Logs of one run given in several documents become one {@link ContainerLog}.
 */
public final class LogAttribution {

    private final List<ObjectRef> pods;
    private final List<ContainerStatus> containers;
    private final Map<List<String>, Target> resolved = new HashMap<>();

    private record Target(ObjectRef pod, String container) {
    }

    private LogAttribution(List<Object> facts) {
        Set<ObjectRef> described = new LinkedHashSet<>();
        List<ContainerStatus> statuses = new ArrayList<>();
        for (Object fact : facts) {
            if (fact instanceof PodInfo pod) {
                described.add(pod.ref());
            } else if (fact instanceof ContainerStatus status) {
                statuses.add(status);
            }
        }
        pods = List.copyOf(described);
        containers = statuses;
    }

    /** The facts with every log attributed as well as the snapshot allows; other facts are returned as they are. */
    public static List<Object> attribute(List<Object> facts) {
        LogAttribution attribution = new LogAttribution(facts);
        List<Object> result = new ArrayList<>(facts.size());
        Map<List<Object>, ContainerLog> logs = new LinkedHashMap<>();
        LogLine previousLine = null;
        Target lineTarget = null;
        boolean unchanged = false;
        for (Object fact : facts) {
            if (fact instanceof LogLine line) {
                // the lines of one run share their pod and container objects: resolve them once per run
                if (previousLine == null || line.pod() != previousLine.pod()
                        || line.container() != previousLine.container()) {
                    lineTarget = attribution.resolve(line.pod(), line.container());
                    unchanged = lineTarget.pod().equals(line.pod()) && lineTarget.container().equals(line.container());
                }
                previousLine = line;
                result.add(unchanged ? line : line.attributedTo(lineTarget.pod(), lineTarget.container()));
            } else if (fact instanceof ContainerLog log) {
                Target target = attribution.resolve(log.pod(), log.container());
                ContainerLog attributed = new ContainerLog(target.pod(), target.container(), log.previous(),
                        log.lineCount(), log.firstLine());
                logs.merge(List.of(target, log.previous()), attributed, LogAttribution::joined);
            } else {
                result.add(fact);
            }
        }
        result.addAll(logs.values());
        return result;
    }

    private static ContainerLog joined(ContainerLog a, ContainerLog b) {
        SourceLine first = SourceLine.INPUT_ORDER.compare(a.firstLine(), b.firstLine()) <= 0 ? a.firstLine() : b.firstLine();
        return new ContainerLog(a.pod(), a.container(), a.previous(), a.lineCount() + b.lineCount(), first);
    }

    private Target resolve(ObjectRef pod, String container) {
        return resolved.computeIfAbsent(List.of(pod.key(), container), key -> {
            ObjectRef ref = resolvePod(pod);
            return new Target(ref, ContainerStatus.UNNAMED.equals(container) ? resolveContainer(ref) : container);
        });
    }

    private ObjectRef resolvePod(ObjectRef pod) {
        List<ObjectRef> candidates = pods.stream()
                .filter(p -> pod.namespace() == null || pod.namespace().equals(p.namespace()))
                .filter(p -> !pod.isNamed() || pod.name().equals(p.name()))
                .toList();
        if (candidates.size() == 1) {
            return candidates.get(0);
        }
        return ObjectRef.pod(Objects.requireNonNullElse(pod.namespace(), "default"), pod.name());
    }

    private String resolveContainer(ObjectRef pod) {
        List<ContainerStatus> own = containers.stream().filter(c -> c.pod().equals(pod)).toList();
        if (own.size() == 1) {
            return own.get(0).name();
        }
        List<ContainerStatus> ran = own.stream().filter(ContainerStatus::hasEndedRun).toList();
        return ran.size() == 1 ? ran.get(0).name() : ContainerStatus.UNNAMED;
    }
}
