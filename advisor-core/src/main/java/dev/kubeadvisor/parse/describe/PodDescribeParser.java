package dev.kubeadvisor.parse.describe;

import dev.kubeadvisor.model.ContainerKind;
import dev.kubeadvisor.model.ContainerState;
import dev.kubeadvisor.model.ContainerStatus;
import dev.kubeadvisor.model.KubeEvent;
import dev.kubeadvisor.model.NodeSelector;
import dev.kubeadvisor.model.ObjectRef;
import dev.kubeadvisor.model.PodCondition;
import dev.kubeadvisor.model.PodInfo;
import dev.kubeadvisor.model.SourceLine;
import dev.kubeadvisor.model.Volume;
import dev.kubeadvisor.parse.events.FailedSchedulingMessage;
import dev.kubeadvisor.parse.events.ProbeFailureAttribution;
import dev.kubeadvisor.parse.table.RegexSpace;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/** Turns one {@code kubectl describe pod} document into fact records. */
public final class PodDescribeParser {

    /** Top-level fields that are understood and carry nothing the rules use. */
    private static final Set<String> INFORMATIONAL_FIELDS = Set.of(
            "Priority", "Priority Class Name", "Runtime Class Name", "Service Account", "Start Time", "Labels",
            "Annotations", "IP", "IPs", "SeccompProfile", "LocalhostProfile", "NominatedNodeName", "Resources",
            "Readiness Gates", "Topology Spread Constraints", "SchedulingGroup", "Termination Grace Period",
            "Tolerations", "QoS Class");

    private static final Set<String> LOOSE_CONTAINER_FIELDS = Set.of("State", "Last State", "Ready", "Restart Count",
            "Image", "Limits", "Requests", "Liveness", "Readiness", "Startup");
    private static final Set<String> LOOSE_STATE_FIELDS = Set.of("Reason", "Message", "Exit Code", "Signal",
            "Started", "Finished");

    private PodDescribeParser() {
    }

    /** Reads the pod; every line it uses is marked, so the caller can report the rest. */
    public static void parse(DescribeTree tree, Consumer<Object> facts) {
        DescribeNode nameNode = tree.root("Name");
        ObjectRef ref = nameNode != null
                ? ObjectRef.pod(Objects.requireNonNullElse(tree.rootValue("Namespace"), "default"), nameNode.markUsed().value())
                : ExcerptIdentity.of(tree);
        String status = tree.rootValue("Status");
        String node = tree.rootValue("Node");
        PodInfo pod = new PodInfo(ref,
                status == null ? null : status.split(" ", 2)[0],
                tree.rootValue("Reason"),
                tree.rootValue("Message"),
                node == null ? null : node.split("/", 2)[0],
                tree.rootValue("Controlled By"),
                tree.rootValue("QoS Class"),
                nameNode == null ? null : nameNode.source(), line(tree, "Status"), line(tree, "Reason"), line(tree, "Message"),
                line(tree, "Controlled By"));
        facts.accept(pod);
        PodFacts podFacts = new PodFacts(ref, facts);
        Consumer<Object> sink = podFacts::add;
        looseContainer(tree).ifPresent(section -> containers(section, ref, ContainerKind.APP, sink));
        for (DescribeNode root : tree.roots()) {
            if (root.key() == null) {
                continue;
            }
            switch (root.key()) {
                case "Init Containers" -> containers(root, ref, ContainerKind.INIT, sink);
                case "Containers" -> containers(root, ref, ContainerKind.APP, sink);
                case "Ephemeral Containers" -> containers(root, ref, ContainerKind.EPHEMERAL, sink);
                case "Conditions" -> conditions(root, ref, facts);
                case "Volumes" -> volumes(root, ref, facts);
                case "Node-Selectors" -> nodeSelectors(root, ref, facts);
                case "Events" -> events(root, ref, podFacts.containers(), podFacts.attribution(), facts);
                default -> {
                    if (INFORMATIONAL_FIELDS.contains(root.key())) {
                        root.markTreeUsed();
                    }
                }
            }
        }
    }

    /**
     * An excerpt that kept container lines without their {@code Containers:} and container-name headers (a paste of
     * {@code Last State: Terminated / Exit Code: 139}, or the exit code alone) is read as one unnamed container;
     * an exit code without its state header is the last termination.
     */
    private static Optional<DescribeNode> looseContainer(DescribeTree tree) {
        if (tree.root("Containers") != null || tree.root("Init Containers") != null) {
            return Optional.empty();
        }
        List<DescribeNode> fields = new ArrayList<>();
        List<DescribeNode> stateFields = new ArrayList<>();
        boolean exitCodeAtRoot = tree.root("Exit Code") != null;
        for (DescribeNode root : tree.roots()) {
            if (root.key() == null) {
                continue;
            }
            if (LOOSE_CONTAINER_FIELDS.contains(root.key())) {
                fields.add(root);
            } else if (exitCodeAtRoot && LOOSE_STATE_FIELDS.contains(root.key())) {
                stateFields.add(root);
            }
        }
        if (!stateFields.isEmpty() && tree.root("Last State") == null) {
            fields.add(DescribeNode.implied("Last State", "Terminated", stateFields));
        }
        if (fields.isEmpty()) {
            return Optional.empty();
        }
        DescribeNode container = DescribeNode.implied(ContainerStatus.UNNAMED, null, fields);
        return Optional.of(DescribeNode.implied("Containers", null, List.of(container)));
    }

    /**
     * The events, each tied to its container where the message lets it be (the containers come before the events
     * in describe), and what their messages say once split: scheduling failures, probe failures per container.
     */
    private static void events(DescribeNode section, ObjectRef pod, List<ContainerStatus> containers,
                               EventAttribution attribution, Consumer<Object> facts) {
        for (KubeEvent read : EventTable.read(section, pod)) {
            KubeEvent event = attribution.attribute(read);
            facts.accept(event);
            FailedSchedulingMessage.clauses(event).forEach(facts);
            FailedSchedulingMessage.preemption(event).ifPresent(facts);
            ProbeFailureAttribution.of(event, containers).ifPresent(facts);
        }
    }

    private static SourceLine line(DescribeTree tree, String key) {
        DescribeNode node = tree.root(key);
        return node == null ? null : node.source();
    }

    private static void containers(DescribeNode section, ObjectRef pod, ContainerKind kind, Consumer<Object> facts) {
        section.markUsed();
        for (DescribeNode container : section.children()) {
            if (container.key() == null) {
                continue;
            }
            container.markUsed();
            facts.accept(container(container, pod, kind));
            ContainerFields.otherRequests(container, pod, facts);
            ContainerFields.environment(container, pod, facts);
            ContainerFields.markInformational(container);
        }
    }

    private static ContainerStatus container(DescribeNode node, ObjectRef pod, ContainerKind kind) {
        String ready = node.childValue("Ready");
        String restarts = node.childValue("Restart Count");
        return new ContainerStatus(pod, node.key(), kind, node.childValue("Image"),
                state(node, "State"), state(node, "Last State"),
                ready == null ? null : Boolean.valueOf(ready),
                WholeNumber.of(restarts, false),
                ContainerFields.resources(node, "Limits"), ContainerFields.resources(node, "Requests"),
                ContainerFields.probe(node, "Liveness"), ContainerFields.probe(node, "Readiness"),
                ContainerFields.probe(node, "Startup"),
                node.source(), node.childLine("Image"), node.childLine("Ready"), node.childLine("Restart Count"));
    }

    private static ContainerState state(DescribeNode container, String key) {
        return container.child(key).map(node -> {
            node.markUsed();
            String exitCode = node.childValue("Exit Code");
            String signal = node.childValue("Signal");
            return new ContainerState(node.value(), node.childValue("Reason"), message(node),
                    WholeNumber.of(exitCode, true), WholeNumber.of(signal, false),
                    node.childValue("Started"), node.childValue("Finished"),
                    node.source(), node.childLine("Reason"), node.childLine("Message"), node.childLine("Exit Code"));
        }).orElse(null);
    }

    /** A terminated message may run over several lines (the log tail with FallbackToLogsOnError). */
    private static String message(DescribeNode state) {
        return state.child("Message").map(message -> {
            message.markTreeUsed();
            StringBuilder text = new StringBuilder(message.value() == null ? "" : message.value());
            message.children().forEach(more -> text.append('\n').append(more.text()));
            return text.toString().strip();
        }).orElse(null);
    }

    private static void conditions(DescribeNode section, ObjectRef pod, Consumer<Object> facts) {
        section.markUsed();
        for (DescribeNode row : section.children()) {
            List<String> cells = words(row.text());
            row.markTreeUsed();
            if (cells.size() >= 2 && !cells.get(0).equals("Type") && !cells.get(0).startsWith("--")) {
                facts.accept(new PodCondition(pod, cells.get(0), cells.get(1), cells.size() > 2 ? cells.get(2) : null,
                        row.source()));
            }
        }
    }

    private static void volumes(DescribeNode section, ObjectRef pod, Consumer<Object> facts) {
        section.markTreeUsed();
        for (DescribeNode volume : section.children()) {
            if (volume.key() == null) {
                continue;
            }
            String type = volume.childValue("Type");
            String kind = type == null ? null : type.split(" ", 2)[0];
            String source = firstNonNull(volume.childValue("ClaimName"), volume.childValue("SecretName"),
                    "ConfigMap".equals(kind) ? volume.childValue("Name") : null);
            facts.accept(new Volume(pod, volume.key(), kind, source, volume.source()));
        }
    }

    /** One label per line: {@code Node-Selectors:  disktype=ssd}, then the others under it, sorted. */
    private static void nodeSelectors(DescribeNode section, ObjectRef pod, Consumer<Object> facts) {
        section.markTreeUsed();
        List<DescribeNode> lines = new ArrayList<>();
        lines.add(section);
        lines.addAll(section.children());
        for (DescribeNode line : lines) {
            String label = line == section ? section.value() : line.text();
            if (label != null && label.contains("=")) {
                String[] keyAndValue = label.split("=", 2);
                facts.accept(new NodeSelector(pod, keyAndValue[0], keyAndValue[1], line.source()));
            }
        }
    }

    /** The words of a stripped row, apart by white space (a regex's {@code \s}). */
    private static List<String> words(String row) {
        List<String> words = new ArrayList<>();
        int start = 0;
        while (start < row.length()) {
            int end = RegexSpace.indexIn(row, start);
            end = end < 0 ? row.length() : end;
            if (end > start) {
                words.add(row.substring(start, end));
            }
            start = end + 1;
        }
        return words;
    }

    private static String firstNonNull(String... values) {
        for (String value : values) {
            if (value != null) {
                return value;
            }
        }
        return null;
    }
}
