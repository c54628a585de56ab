package dev.kubeadvisor.parse.events;

import dev.kubeadvisor.input.DocumentParser;
import dev.kubeadvisor.input.EventRowShape;
import dev.kubeadvisor.input.ParseSink;
import dev.kubeadvisor.input.PromptLine;
import dev.kubeadvisor.input.RecognisedDocument;
import dev.kubeadvisor.model.KubeEvent;
import dev.kubeadvisor.model.ObjectRef;
import dev.kubeadvisor.model.SourceLine;
import dev.kubeadvisor.parse.describe.EventTable;
import dev.kubeadvisor.parse.table.TextTable;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code kubectl get events} (default, {@code -A}, {@code -o wide}), {@code kubectl events}, and event rows pasted
 * without a header. Each row is about the object of its OBJECT column ({@code pod/web-1} or {@code Pod/web-1}), in
 * the namespace of its NAMESPACE column, else of the command line's {@code -n}, else of the described pod of that
 * name, else {@code default}. Rows without an OBJECT column (describe's layout) are about the pod the command line
 * names, else the only described pod, else an unknown pod. A pod an event is about becomes a subject.
 */
public final class EventListParser implements DocumentParser {

    private static final Pattern FIELD_SELECTOR_NAME = Pattern.compile("involvedObject\\.name=([a-z0-9.-]+)");
    static final String UNKNOWN_POD = "<pod>";

    @Override
    public void parse(RecognisedDocument document, ParseSink sink) {
        List<SourceLine> lines = document.lines();
        PromptLine prompt = PromptLine.of(lines.get(0).text());
        TextTable table = null;
        ObjectRef lastSubject = null;
        for (SourceLine line : lines.subList(prompt == null ? 0 : 1, lines.size())) {
            String text = line.text().stripTrailing();
            if (text.isBlank()) {
                continue;
            }
            if (table == null && EventTable.isHeader(text)) {
                table = TextTable.ofHeader(text);
                continue;
            }
            TextTable columns = table;
            if (columns == null) {
                EventRowShape shape = EventRowShape.of(text);
                columns = shape == null ? null : TextTable.unaligned(shape.header());
            }
            KubeEvent event = columns == null ? null : read(text, columns, prompt, document, line);
            if (event == null) {
                sink.ignored(line, "not an event row, ignored");
                continue;
            }
            sink.fact(event);
            FailedSchedulingMessage.clauses(event).forEach(sink::fact);
            ProbeFailureAttribution.of(event, List.of()).ifPresent(sink::fact);
            // consecutive rows are mostly about the same pod: it is made a subject once per run of rows
            if (event.involved().kind().equals("Pod") && !event.involved().equals(lastSubject)) {
                sink.subject(event.involved());
                lastSubject = event.involved();
            }
        }
    }

    private static KubeEvent read(String text, TextTable columns, PromptLine prompt, RecognisedDocument document,
                                  SourceLine line) {
        List<String> cells = columns.cells(text, columns.has("SUBOBJECT") ? "SUBOBJECT" : null);
        if (cells == null) {
            return null;
        }
        String object = columns.cell(cells, "OBJECT");
        ObjectRef involved = object == null || !object.contains("/")
                ? podOfCommand(prompt, document, line)
                : InvolvedObject.of(object, columns.cell(cells, "NAMESPACE"), prompt, document.described());
        return EventTable.toEvent(text, columns, involved, line);
    }

    /** The pod of describe-style rows: named by the command line, else the only described pod. */
    private static ObjectRef podOfCommand(PromptLine prompt, RecognisedDocument document, SourceLine line) {
        String namespace = prompt == null || prompt.namespace() == null ? "default" : prompt.namespace();
        if (prompt != null && prompt.name() != null && (prompt.resource() == null || prompt.resource().startsWith("po"))) {
            return ObjectRef.pod(namespace, prompt.name());
        }
        Matcher selector = FIELD_SELECTOR_NAME.matcher(document.lines().get(0).text());
        if (prompt != null && selector.find()) {
            return ObjectRef.pod(namespace, selector.group(1));
        }
        ObjectRef described = document.described().sole();
        return described != null ? described : ObjectRef.pod(namespace, UNKNOWN_POD);
    }
}
