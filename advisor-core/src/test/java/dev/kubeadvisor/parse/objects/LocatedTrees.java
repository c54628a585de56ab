package dev.kubeadvisor.parse.objects;

import java.util.List;
import java.util.Map;

/** Trees of {@link LocatedNode} as text, node by node, for comparing two readings of the same text. */
final class LocatedTrees {

    private LocatedTrees() {
    }

    /** One line per node: its path, type, text, line, value line and value column; fields in their order. */
    static String dump(List<LocatedNode> roots) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < roots.size(); i++) {
            dump("[" + i + "]", roots.get(i), out);
        }
        return out.toString();
    }

    /** The text as Jackson's YAML parser reads it. */
    static List<LocatedNode> parsed(String yaml) {
        return reader().readWithParser(yaml);
    }

    static LocatedTreeReader reader() {
        return new LocatedTreeReader(LocatedTreeReader.Format.YAML, "test", line -> line);
    }

    private static void dump(String path, LocatedNode node, StringBuilder out) {
        out.append(path).append(' ').append(node.type()).append(' ').append(node.line()).append(' ')
                .append(node.valueLine()).append(':').append(node.valueColumn());
        if (node.text() != null) {
            out.append(" <").append(node.text().replace("\n", "\\n")).append('>');
        }
        out.append('\n');
        for (Map.Entry<String, LocatedNode> field : node.fields().entrySet()) {
            dump(path + "." + field.getKey(), field.getValue(), out);
        }
        List<LocatedNode> items = node.items();
        for (int i = 0; i < items.size(); i++) {
            dump(path + "[" + i + "]", items.get(i), out);
        }
    }
}
