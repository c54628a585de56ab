package dev.kubeadvisor.parse.listing;

import dev.kubeadvisor.input.DocumentParser;
import dev.kubeadvisor.input.ParseSink;
import dev.kubeadvisor.input.PromptLine;
import dev.kubeadvisor.input.RecognisedDocument;
import dev.kubeadvisor.model.ObjectRef;
import dev.kubeadvisor.model.PodListing;
import dev.kubeadvisor.model.SourceLine;
import dev.kubeadvisor.parse.table.TextTable;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code kubectl get pods} (also {@code -o wide} and {@code -A}): each row is a {@link PodListing} and makes its
 * pod a subject. The namespace is the NAMESPACE column's, else the command line's {@code -n}, else {@code default}.
 */
public final class PodListParser implements DocumentParser {

    private static final Pattern RESTARTS = Pattern.compile("(\\d{1,9})(?: \\((\\S+) ago\\))?");

    @Override
    public void parse(RecognisedDocument document, ParseSink sink) {
        List<SourceLine> lines = document.lines();
        PromptLine prompt = PromptLine.of(lines.get(0).text());
        String namespace = prompt == null || prompt.namespace() == null ? "default" : prompt.namespace();
        TextTable table = null;
        for (SourceLine line : lines.subList(prompt == null ? 0 : 1, lines.size())) {
            String text = line.text().stripTrailing();
            if (table == null) {
                table = TextTable.ofHeader(text);
                continue;
            }
            List<String> cells = table.cells(text, null);
            String name = cells == null ? null : table.cell(cells, "NAME");
            String status = cells == null ? null : table.cell(cells, "STATUS");
            if (name == null || status == null) {
                sink.ignored(line, "not a pod row, ignored");
                continue;
            }
            String rowNamespace = table.cell(cells, "NAMESPACE");
            PodListing listing = new PodListing(ObjectRef.pod(rowNamespace == null ? namespace : rowNamespace, name),
                    table.cell(cells, "READY"), status, restarts(table.cell(cells, "RESTARTS")),
                    table.cell(cells, "AGE"), table.cell(cells, "NODE"), line);
            sink.fact(listing);
            sink.subject(listing.ref());
        }
    }

    private static Integer restarts(String cell) {
        Matcher m = cell == null ? null : RESTARTS.matcher(cell);
        return m != null && m.matches() ? Integer.valueOf(m.group(1)) : null;
    }
}
