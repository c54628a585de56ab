package dev.kubeadvisor.engine;

import java.util.Locale;

/** How bad a diagnosis is: critical (workload down), warning (degraded or will fail), info (hygiene, risk). */
public enum Severity {
    CRITICAL, WARNING, INFO;

    private static final Severity[] VALUES = values();

    private final String label = name().toLowerCase(Locale.ROOT);

    /** Reads a label; reports are sorted by it, so the exact label is looked up first. */
    public static Severity parse(String text) {
        if (text == null) {
            throw new IllegalArgumentException("no severity");
        }
        for (Severity value : VALUES) {
            if (value.label.equals(text)) {
                return value;
            }
        }
        return valueOf(text.strip().toUpperCase(Locale.ROOT));
    }

    /** True when this is at least as severe as {@code other}. */
    public boolean atLeast(Severity other) {
        return ordinal() <= other.ordinal();
    }

    public String label() {
        return label;
    }
}
