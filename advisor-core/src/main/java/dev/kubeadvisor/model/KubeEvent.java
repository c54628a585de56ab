package dev.kubeadvisor.model;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * A Kubernetes event about {@code involved}. {@code container} is the container named by the event's field path or
 * message when one is known. {@code count} is at least 1. {@code age} is the text of the last occurrence's age.
 */
public record KubeEvent(ObjectRef involved, String type, String reason, String age, int count, String from,
                        String message, String container, SourceLine line) {

    public boolean isWarning() {
        return "Warning".equals(type);
    }

    public boolean messageContains(String fragment) {
        return message != null && message.contains(fragment);
    }

    /** The image reference the message quotes ({@code Failed to pull image "x": ...}), or {@code null}. */
    public String image() {
        return ImageReference.quotedIn(message);
    }

    /** The runtime's error of a {@code Failed to pull image "x": <error>} message, or {@code null}. */
    public String pullError() {
        return ImagePullError.of(message);
    }

    /** The Secret, ConfigMap or key the message says is missing, or {@code null}. */
    public MissingConfig missingConfig() {
        return MissingConfig.in(message);
    }

    /** The same event, known to be about {@code containerName}. */
    public KubeEvent withContainer(String containerName) {
        return new KubeEvent(involved, type, reason, age, count, from, message, containerName, line);
    }

    /** The lines of the events a rule collected, in input order. */
    public static List<SourceLine> lines(Collection<?> events) {
        return events.stream().map(e -> ((KubeEvent) e).line()).distinct()
                .sorted(Comparator.comparing(SourceLine::document).thenComparingInt(SourceLine::line)).toList();
    }
}
