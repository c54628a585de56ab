package dev.kubeadvisor.report;

import dev.kubeadvisor.model.SourceLine;

/**
 * An input line that supports a diagnosis: file (or {@code stdin}), 1-based line number, the 1-based columns of its
 * first and last non-blank characters (what an editor underlines), and its redacted text without surrounding blanks.
 */
public record Evidence(String source, int line, int startColumn, int endColumn, String text) {

    public static Evidence of(SourceLine line) {
        String text = line.text();
        int first = 0;
        while (first < text.length() && Character.isWhitespace(text.charAt(first))) {
            first++;
        }
        int last = text.length();
        while (last > first && Character.isWhitespace(text.charAt(last - 1))) {
            last--;
        }
        return new Evidence(line.document(), line.line(), first + 1, Math.max(last, first + 1), text.strip());
    }
}
