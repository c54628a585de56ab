package dev.kubeadvisor.engine;

import java.util.Locale;

/** How sure a diagnosis is, given what the input shows. */
public enum Confidence {
    HIGH, MEDIUM, LOW;

    public static Confidence parse(String text) {
        return valueOf(text.strip().toUpperCase(Locale.ROOT));
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
