package dev.kubeadvisor.parse.objects;

import dev.kubeadvisor.input.DocumentParser;
import dev.kubeadvisor.input.ParseSink;
import dev.kubeadvisor.input.RecognisedDocument;
import dev.kubeadvisor.model.KubeEvent;
import dev.kubeadvisor.model.ObjectRef;
import dev.kubeadvisor.model.SourceLine;
import dev.kubeadvisor.parse.describe.PodFacts;
import dev.kubeadvisor.parse.events.FailedSchedulingMessage;
import dev.kubeadvisor.parse.events.ProbeFailureAttribution;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code kubectl get -o json} or {@code -o yaml} (or a pasted piece of a pod): each object of a kind
 * {@code kubectl describe} is read for gives the facts its describe text gives, computed from the object and the
 * other objects of the document as kubectl computes them; events are tied to their object (and a pod's to its
 * container). Every other kind is named in a note, so nothing is dropped silently.
 */
public final class ObjectsDocumentParser implements DocumentParser {

    /** Reads one object of a kind into facts and names the subject, as its {@code kubectl describe} would. */
    @FunctionalInterface
    private interface ObjectReader {
        ObjectRef read(LocatedNode object, ObjectContext context);
    }

    private static final Map<String, ObjectReader> READERS = Map.ofEntries(
            Map.entry("Node", NodeObject::read),
            Map.entry("Deployment", WorkloadObjects::deployment),
            Map.entry("ReplicaSet", WorkloadObjects::replicaSet),
            Map.entry("StatefulSet", WorkloadObjects::statefulSet),
            Map.entry("DaemonSet", WorkloadObjects::daemonSet),
            Map.entry("Job", WorkloadObjects::job),
            Map.entry("CronJob", WorkloadObjects::cronJob),
            Map.entry("Service", ServiceObject::read),
            Map.entry("PersistentVolumeClaim", ClaimObject::read),
            Map.entry("Secret", ConfigObjects::secret),
            Map.entry("ConfigMap", ConfigObjects::configMap));
    /** Kinds read only as part of another object, noted when that object is not in the document. */
    private static final Map<String, String> READ_WITH = Map.of("Endpoints", "Service", "EndpointSlice", "Service",
            "Lease", "Node");

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
        DocumentLines lines = new DocumentLines(document.lines(), document.indentations());
        List<LocatedNode> roots = new LocatedTreeReader(format, document.source(), lines::inputLine).read(lines);
        List<KubeObjects.KubeObject> objects = KubeObjects.in(roots);
        Instant now = clock.instant();
        ObjectContext context = new ObjectContext(lines, new ListedObjects(objects), sink::fact, now);
        Map<ObjectRef, PodFacts> pods = new LinkedHashMap<>();
        Set<ObjectRef> subjects = new HashSet<>();
        List<LocatedNode> events = new ArrayList<>();
        for (KubeObjects.KubeObject object : objects) {
            LocatedNode node = object.node();
            ObjectReader reader = object.kind() == null ? null : READERS.get(object.kind());
            if (KubeObjects.POD.equals(object.kind())) {
                PodFacts pod = PodObject.read(node, lines, sink::fact);
                pods.put(pod.pod(), pod);
                sink.subject(pod.pod());
            } else if (KubeObjects.EVENT.equals(object.kind())) {
                events.add(node);
            } else if (reader != null) {
                ObjectRef subject = reader.read(node, context);
                subjects.add(subject);
                sink.subject(subject);
            } else if (object.kind() == null) {
                sink.ignored(lineOf(node, lines), "not a Kubernetes object (no kind) nor a recognisable piece of a pod");
            } else if (!READ_WITH.containsKey(object.kind()) || !context.objects().has(READ_WITH.get(object.kind()))) {
                sink.ignored(lineOf(node.get("kind"), lines), notDiagnosed(object.kind() + "/"
                        + node.path("metadata", "name").text()));
            }
        }
        for (LocatedNode event : events) {
            ObjectRef involved = EventObject.involved(event);
            if (KubeObjects.POD.equals(involved.kind())) {
                podEvent(event, involved, pods.get(involved), lines, now, sink);
                continue;
            }
            ObjectRef subject = subjectOf(involved, subjects);
            if (subject == null) {
                sink.ignored(lineOf(EventObject.regarding(event), lines), notDiagnosed("an event about " + involved));
            } else {
                KubeEvent read = EventObject.of(event, lines, now);
                sink.fact(new KubeEvent(subject, read.type(), read.reason(), read.age(), read.count(), read.from(),
                        read.message(), read.container(), read.line()));
            }
        }
    }

    private static void podEvent(LocatedNode event, ObjectRef involved, PodFacts pod, DocumentLines lines,
                                 Instant now, ParseSink sink) {
        KubeEvent read = EventObject.of(event, lines, now);
        KubeEvent attributed = pod == null ? read : pod.attribution().attribute(read);
        sink.subject(involved);
        sink.fact(attributed);
        FailedSchedulingMessage.clauses(attributed).forEach(sink::fact);
        FailedSchedulingMessage.preemption(attributed).ifPresent(sink::fact);
        ProbeFailureAttribution.of(attributed, pod == null ? List.of() : pod.containers()).ifPresent(sink::fact);
    }

    /**
     * The object read from this document that an event is about: a node's events name no namespace (or
     * {@code default}), so a cluster-scoped subject matches by kind and name.
     */
    private static ObjectRef subjectOf(ObjectRef involved, Set<ObjectRef> subjects) {
        for (ObjectRef subject : subjects) {
            if (subject.kind().equals(involved.kind()) && subject.name().equals(involved.name())
                    && (subject.namespace() == null || subject.namespace().equals(involved.namespace()))) {
                return subject;
            }
        }
        return null;
    }

    private String notDiagnosed(String what) {
        return "recognised " + what + " from " + format + "; not diagnosed from " + format + " yet";
    }

    private static SourceLine lineOf(LocatedNode node, DocumentLines lines) {
        SourceLine line = lines.of(node);
        return line == null ? lines.first() : line;
    }
}
