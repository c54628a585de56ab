package dev.kubeadvisor.report;

import dev.kubeadvisor.model.SourceLine;

/** An input line that supports a diagnosis: file (or {@code stdin}), 1-based line number, redacted text. */
public record Evidence(String source, int line, String text) {

    public static Evidence of(SourceLine line) {
        return new Evidence(line.document(), line.line(), line.text().strip());
    }
}
