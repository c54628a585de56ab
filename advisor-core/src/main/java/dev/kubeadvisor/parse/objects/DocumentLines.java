package dev.kubeadvisor.parse.objects;

import dev.kubeadvisor.input.Redactor;
import dev.kubeadvisor.model.SourceLine;
import java.util.List;

/** The input lines of one JSON or YAML document: turns a node's line in the document into the user's line. */
final class DocumentLines {

    private final List<SourceLine> lines;

    DocumentLines(List<SourceLine> lines) {
        this.lines = lines;
    }

    /** The text the parser reads: the (already redacted) lines, one per line. */
    String text() {
        StringBuilder text = new StringBuilder();
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
        return line >= 1 && line <= lines.size() ? lines.get(line - 1) : null;
    }

    /** The first line of the document: where an object without a better line is cited. */
    SourceLine first() {
        return lines.get(0);
    }

    /**
     * The line of {@code cited} with {@code value} hidden when the value shares it ({@code {"name": "DB_PASSWORD",
     * "value": "x"}} on one line): from the value's first character to the end of the line.
     */
    SourceLine withValueHidden(SourceLine cited, LocatedNode value) {
        if (cited == null || !value.isPresent() || value.valueLine() != value.line()
                || lines.get(value.valueLine() - 1) != cited) {
            return cited;
        }
        String text = cited.text();
        int start = Math.min(Math.max(value.valueColumn() - 1, 0), text.length());
        return new SourceLine(cited.document(), cited.line(), text.substring(0, start) + Redactor.MASK);
    }
}
