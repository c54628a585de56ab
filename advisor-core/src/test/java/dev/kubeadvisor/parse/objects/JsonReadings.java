package dev.kubeadvisor.parse.objects;

import dev.kubeadvisor.input.InputException;
import dev.kubeadvisor.model.SourceLine;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A JSON text read by {@link PlainJsonReader} and by Jackson ({@link LocatedTreeReader} on the joined text), each
 * outcome written out node by node (path, type, text, line, value line and column) so that two compare as lists.
 */
final class JsonReadings {

    private JsonReadings() {
    }

    /** The text's lines as the input reader gives them: split at line feeds, numbered from 1. */
    static List<SourceLine> lines(String text) {
        List<SourceLine> lines = new ArrayList<>();
        for (String line : text.split("\n", -1)) {
            lines.add(new SourceLine("input", lines.size() + 1, line));
        }
        return lines;
    }

    /**
     * The plain reader's trees, or null where it leaves the text to Jackson: the same whether it is given each line's
     * indentation, as the line cutting counts it, or steps over it itself.
     */
    static List<String> plain(List<SourceLine> lines) {
        List<LocatedNode> roots = PlainJsonReader.read(lines, null);
        List<String> written = roots == null ? null : written(roots);
        List<LocatedNode> indented = PlainJsonReader.read(lines, indentations(lines));
        if (!Objects.equals(written, indented == null ? null : written(indented))) {
            throw new AssertionError("the plain reader reads the lines differently when told their indentation");
        }
        return written;
    }

    private static int[] indentations(List<SourceLine> lines) {
        int[] indentations = new int[lines.size()];
        for (int i = 0; i < indentations.length; i++) {
            String text = lines.get(i).text();
            while (indentations[i] < text.length() && text.charAt(indentations[i]) == ' ') {
                indentations[i]++;
            }
        }
        return indentations;
    }

    /** Jackson's trees of the lines joined, or its error message. */
    static List<String> jackson(List<SourceLine> lines) {
        DocumentLines document = new DocumentLines(lines, null);
        return outcome(() -> reader(document).read(document.text()));
    }

    /** What a user gets: the trees or the error message of reading the lines as the JSON parser does. */
    static List<String> dispatched(List<SourceLine> lines) {
        DocumentLines document = new DocumentLines(lines, null);
        return outcome(() -> reader(document).read(document));
    }

    private static LocatedTreeReader reader(DocumentLines document) {
        return new LocatedTreeReader(LocatedTreeReader.Format.JSON, "stdin", document::inputLine);
    }

    private interface Read {
        List<LocatedNode> roots();
    }

    private static List<String> outcome(Read read) {
        try {
            return written(read.roots());
        } catch (InputException e) {
            return List.of("error: " + e.getMessage());
        }
    }

    static List<String> written(List<LocatedNode> roots) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < roots.size(); i++) {
            write("root " + i, roots.get(i), out);
        }
        return out;
    }

    private static void write(String path, LocatedNode node, List<String> out) {
        out.add(path + " " + node.type() + " " + node.text() + " line " + node.line() + " value "
                + node.valueLine() + ":" + node.valueColumn());
        for (Map.Entry<String, LocatedNode> field : node.fields().entrySet()) {
            write(path + " ." + field.getKey(), field.getValue(), out);
        }
        for (int i = 0; i < node.items().size(); i++) {
            write(path + " [" + i + "]", node.items().get(i), out);
        }
    }
}
