package dev.kubeadvisor.engine;

/** How bad a diagnosis is: critical (workload down), warning (degraded or will fail), info (hygiene, risk). */
public enum Severity {
    CRITICAL, WARNING, INFO;

    private static final Severity[] VALUES = values();

    private final String label = Labels.of(this);

    /** Reads a label, in any case and with spaces around. */
    public static Severity parse(String text) {
        if (text == null) {
            throw new IllegalArgumentException("no severity");
        }
        return Labels.parse(text, VALUES, Severity::label);
    }

    /** True when this is at least as severe as {@code other}. */
    public boolean atLeast(Severity other) {
        return ordinal() <= other.ordinal();
    }

    public String label() {
        return label;
    }
}
