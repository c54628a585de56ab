package dev.kubeadvisor.report;

import java.util.Locale;

/** The overall answer: nothing wrong found, something wrong found, or something wrong whose cause is not proven. */
public enum Verdict {
    HEALTHY, UNHEALTHY, UNDETERMINED;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
