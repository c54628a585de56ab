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

    /** The lines of the events a rule collected, in input order. */
    public static List<SourceLine> lines(Collection<?> events) {
        return events.stream().map(e -> ((KubeEvent) e).line()).distinct()
                .sorted(Comparator.comparing(SourceLine::document).thenComparingInt(SourceLine::line)).toList();
    }
}
