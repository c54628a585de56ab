package dev.kubeadvisor.model;

import java.util.Comparator;

/**
 * One line of the user's input: the evidence a fact was read from.
 * {@code text} is already redacted, so it can be echoed anywhere.
 */
public record SourceLine(String document, int line, String text) {

    /** The order the user gave the lines in: by file, then by line number. */
    public static final Comparator<SourceLine> INPUT_ORDER =
            Comparator.comparing(SourceLine::document).thenComparingInt(SourceLine::line);
}
