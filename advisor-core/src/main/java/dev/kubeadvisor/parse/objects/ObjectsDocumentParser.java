package dev.kubeadvisor.parse.objects;

import dev.kubeadvisor.input.DocumentParser;
import dev.kubeadvisor.input.ParseSink;
import dev.kubeadvisor.input.RecognisedDocument;
import dev.kubeadvisor.model.KubeEvent;
import dev.kubeadvisor.model.ObjectRef;
import dev.kubeadvisor.model.SourceLine;
import dev.kubeadvisor.parse.events.FailedSchedulingMessage;
import dev.kubeadvisor.parse.events.ProbeFailureAttribution;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code kubectl get -o json} or {@code -o yaml} (or a pasted piece of a pod): pods give the facts
 * {@code kubectl describe pod} gives, and events are tied to their pod and container. Every other kind is named in
 * a note, so nothing is dropped silently.
 */
public final class ObjectsDocumentParser implements DocumentParser {

    private final LocatedTreeReader.Format format;
    private final Clock clock;

    ObjectsDocumentParser(LocatedTreeReader.Format format, Clock clock) {
        this.format = format;
        this.clock = clock;
    }

    public static ObjectsDocumentParser json() {
        return new ObjectsDocumentParser(LocatedTreeReader.Format.JSON, Clock.systemUTC());
    }

    public static ObjectsDocumentParser yaml() {
        return new ObjectsDocumentParser(LocatedTreeReader.Format.YAML, Clock.systemUTC());
    }

    @Override
    public void parse(RecognisedDocument document, ParseSink sink) {
        DocumentLines lines = new DocumentLines(document.lines());
        List<LocatedNode> roots = new LocatedTreeReader(format, document.source(), lines::inputLine).read(lines.text());
        Map<ObjectRef, PodFacts> pods = new LinkedHashMap<>();
        List<LocatedNode> events = new ArrayList<>();
        for (KubeObjects.KubeObject object : KubeObjects.in(roots)) {
            LocatedNode node = object.node();
            if (KubeObjects.POD.equals(object.kind())) {
                PodFacts pod = PodObject.read(node, lines, sink::fact);
                pods.put(pod.pod(), pod);
                sink.subject(pod.pod());
            } else if (KubeObjects.EVENT.equals(object.kind())) {
                events.add(node);
            } else if (object.kind() == null) {
                sink.ignored(lineOf(node, lines), "not a Kubernetes object (no kind) nor a recognisable piece of a pod");
            } else {
                sink.ignored(lineOf(node.get("kind"), lines), notDiagnosed(object.kind() + "/"
                        + node.path("metadata", "name").text()));
            }
        }
        Instant now = clock.instant();
        for (LocatedNode event : events) {
            ObjectRef involved = EventObject.involved(event);
            if (!KubeObjects.POD.equals(involved.kind())) {
                sink.ignored(lineOf(EventObject.regarding(event), lines), notDiagnosed("an event about " + involved));
                continue;
            }
            PodFacts pod = pods.get(involved);
            KubeEvent read = EventObject.of(event, lines, now);
            KubeEvent attributed = pod == null ? read : pod.attribution().attribute(read);
            sink.subject(involved);
            sink.fact(attributed);
            FailedSchedulingMessage.clauses(attributed).forEach(sink::fact);
            ProbeFailureAttribution.of(attributed, pod == null ? List.of() : pod.containers()).ifPresent(sink::fact);
        }
    }

    private String notDiagnosed(String what) {
        return "recognised " + what + " from " + format + "; not diagnosed from " + format + " yet";
    }

    private static SourceLine lineOf(LocatedNode node, DocumentLines lines) {
        SourceLine line = lines.of(node);
        return line == null ? lines.first() : line;
    }
}
