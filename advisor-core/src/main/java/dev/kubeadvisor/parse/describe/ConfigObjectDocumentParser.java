package dev.kubeadvisor.parse.describe;

import dev.kubeadvisor.input.DocumentParser;
import dev.kubeadvisor.input.ParseSink;
import dev.kubeadvisor.input.RecognisedDocument;
import dev.kubeadvisor.model.ConfigObjectInfo;
import dev.kubeadvisor.model.ObjectRef;
import dev.kubeadvisor.model.SourceLine;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code kubectl describe secret} and {@code kubectl describe configmap}: the object's keys, never its values.
 * A Secret prints {@code password:  12 bytes}. A ConfigMap prints each value raw under {@code key:} and
 * {@code ----}, so its value lines may look like anything (fields, even {@code Events:}); they are skipped and
 * reported as one note per key that quotes none of them.
 */
public final class ConfigObjectDocumentParser implements DocumentParser {

    private static final Pattern SECTION = Pattern.compile("^(?:Binary)?Data$");
    private static final Pattern UNDERLINE = Pattern.compile("^=+$");
    private static final Pattern SIZED_KEY = Pattern.compile("^(\\S[^:]*):\\s+(\\d+) bytes$");
    private static final Pattern VALUE_KEY = Pattern.compile("^(\\S.*):$");
    private static final String VALUE_RULE = "----";

    private final String kind;

    private ConfigObjectDocumentParser(String kind) {
        this.kind = kind;
    }

    public static DocumentParser secret() {
        return new ConfigObjectDocumentParser("Secret");
    }

    public static DocumentParser configMap() {
        return new ConfigObjectDocumentParser("ConfigMap");
    }

    @Override
    public void parse(RecognisedDocument document, ParseSink sink) {
        List<SourceLine> lines = document.lines();
        int dataStart = firstSection(lines);
        int eventsStart = lastEventsLine(lines, dataStart);
        List<SourceLine> fields = new ArrayList<>(lines.subList(0, dataStart));
        fields.addAll(lines.subList(eventsStart, lines.size()));
        DescribeTree tree = DescribeTree.parse(fields);
        ObjectRef ref = DescribedFields.ref(tree, kind);
        TreeSet<String> keys = new TreeSet<>();
        readData(lines.subList(dataStart, eventsStart), keys, sink);
        sink.subject(ref);
        sink.fact(new ConfigObjectInfo(ref, tree.rootValue("Type"), List.copyOf(keys),
                DescribedFields.line(tree, "Name"), dataStart < lines.size() ? lines.get(dataStart) : null));
        DescribedFields.finish(tree, ref, Set.of(), sink::fact);
        tree.forEachUnused(node -> sink.ignored(node.source(), "unrecognised line, ignored"));
    }

    private static int firstSection(List<SourceLine> lines) {
        for (int i = 0; i + 1 < lines.size(); i++) {
            if (isSectionStart(lines, i)) {
                return i;
            }
        }
        return lines.size();
    }

    private static boolean isSectionStart(List<SourceLine> lines, int index) {
        return index + 1 < lines.size() && SECTION.matcher(lines.get(index).text().strip()).matches()
                && UNDERLINE.matcher(lines.get(index + 1).text().strip()).matches();
    }

    /** kubectl prints the events after the data: the last {@code Events:} line at column 0 starts them. */
    private static int lastEventsLine(List<SourceLine> lines, int from) {
        for (int i = lines.size() - 1; i >= from; i--) {
            if (lines.get(i).text().startsWith("Events:")) {
                return i;
            }
        }
        return lines.size();
    }

    private void readData(List<SourceLine> data, TreeSet<String> keys, ParseSink sink) {
        ValueLines value = null;
        for (int i = 0; i < data.size(); i++) {
            String text = data.get(i).text().stripTrailing();
            if (isSectionStart(data, i)) {
                value = ValueLines.end(value, sink);
                i++;
                continue;
            }
            Matcher sized = SIZED_KEY.matcher(text);
            Matcher valueKey = VALUE_KEY.matcher(text);
            boolean ruled = i + 1 < data.size() && data.get(i + 1).text().strip().equals(VALUE_RULE);
            if (valueKey.matches() && ruled) {
                value = ValueLines.end(value, sink);
                keys.add(valueKey.group(1));
                value = new ValueLines(valueKey.group(1));
                i++;
            } else if (sized.matches() && (value == null || kind.equals("Secret"))) {
                keys.add(sized.group(1));
            } else if (value != null) {
                value.add(data.get(i));
            } else if (!text.isBlank()) {
                sink.ignored(data.get(i), "unrecognised line, ignored");
            }
        }
        ValueLines.end(value, sink);
    }

    /** The lines of one ConfigMap value: counted, never kept. */
    private static final class ValueLines {

        private final String key;
        private SourceLine first;
        private int count;

        ValueLines(String key) {
            this.key = key;
        }

        void add(SourceLine line) {
            if (line.text().isBlank()) {
                return;
            }
            if (first == null) {
                first = line;
            }
            count++;
        }

        /** Reports the value that ends here, if it had any lines; there is then no value open. */
        static ValueLines end(ValueLines value, ParseSink sink) {
            if (value != null && value.count > 0) {
                sink.ignored(new SourceLine(value.first.document(), value.first.line(), ""),
                        "value of key '" + value.key + "' not kept (" + value.count + " line(s))");
            }
            return null;
        }
    }
}
