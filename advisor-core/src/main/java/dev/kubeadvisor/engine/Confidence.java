package dev.kubeadvisor.engine;

import java.util.Locale;

/** How sure a diagnosis is, given what the input shows. */
public enum Confidence {
    HIGH, MEDIUM, LOW;

    private static final Confidence[] VALUES = values();

    private final String label = name().toLowerCase(Locale.ROOT);

    /** Reads a label; reports are sorted by it, so the exact label is looked up first. */
    public static Confidence parse(String text) {
        for (Confidence value : VALUES) {
            if (value.label.equals(text)) {
                return value;
            }
        }
        return valueOf(text.strip().toUpperCase(Locale.ROOT));
    }

    public String label() {
        return label;
    }
}
