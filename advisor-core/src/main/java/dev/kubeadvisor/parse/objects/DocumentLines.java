package dev.kubeadvisor.parse.objects;

import dev.kubeadvisor.input.Redactor;
import dev.kubeadvisor.model.SourceLine;
import java.util.List;

/** The input lines of one JSON or YAML document: turns a node's line in the document into the user's line. */
final class DocumentLines {

    private final List<SourceLine> lines;
    /** Per line, how many spaces begin it, where the line cutting counted them; else null. */
    private final int[] indentations;
    /** Per line of the document, one more than the column from which a secret is hidden (0: nothing hidden). */
    private int[] hiddenFrom;

    DocumentLines(List<SourceLine> lines, int[] indentations) {
        this.lines = lines;
        this.indentations = indentations;
    }

    List<SourceLine> lines() {
        return lines;
    }

    int[] indentations() {
        return indentations;
    }

    /** The text the parser reads: the (already redacted) lines, one per line. */
    String text() {
        int length = 0;
        for (SourceLine line : lines) {
            length += line.text().length() + 1;
        }
        StringBuilder text = new StringBuilder(length);
        for (SourceLine line : lines) {
            text.append(line.text()).append('\n');
        }
        return text.toString();
    }

    /** The user's line number of a 1-based line of {@link #text()}. */
    int inputLine(int documentLine) {
        return documentLine >= 1 && documentLine <= lines.size() ? lines.get(documentLine - 1).line() : documentLine;
    }

    /** The line that holds the node's key, or null for a missing node. */
    SourceLine of(LocatedNode node) {
        int line = node.line();
        return line >= 1 && line <= lines.size() ? masked(line) : null;
    }

    /** The first line of the document: where an object without a better line is cited. */
    SourceLine first() {
        return masked(1);
    }

    /**
     * Hides a secret value on its line, from its first character to the end of the line, wherever that line is
     * cited: a compact object ({@code {"name": "DB_PASSWORD", "value": "x"}, ...} on one line) puts other fields
     * there too.
     */
    void hide(LocatedNode value) {
        int line = value.valueLine();
        if (value.isPresent() && line >= 1 && line <= lines.size()) {
            if (hiddenFrom == null) {
                hiddenFrom = new int[lines.size()];
            }
            int from = Math.max(value.valueColumn() - 1, 0) + 1;
            int hidden = hiddenFrom[line - 1];
            hiddenFrom[line - 1] = hidden == 0 ? from : Math.min(hidden, from);
        }
    }

    private SourceLine masked(int line) {
        SourceLine source = lines.get(line - 1);
        if (hiddenFrom == null || hiddenFrom[line - 1] == 0) {
            return source;
        }
        int from = hiddenFrom[line - 1] - 1;
        String text = source.text();
        return new SourceLine(source.document(), source.line(),
                text.substring(0, Math.min(from, text.length())) + Redactor.MASK);
    }
}
