package dev.kubeadvisor.model;

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
}
