package dev.kubeadvisor.engine;

/** How sure a diagnosis is, given what the input shows. */
public enum Confidence {
    HIGH, MEDIUM, LOW;

    private static final Confidence[] VALUES = values();

    private final String label = Labels.of(this);

    /** Reads a label, in any case and with spaces around. */
    public static Confidence parse(String text) {
        return Labels.parse(text, VALUES, Confidence::label);
    }

    public String label() {
        return label;
    }
}
