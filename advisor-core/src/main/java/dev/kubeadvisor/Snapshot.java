package dev.kubeadvisor;

import dev.kubeadvisor.input.DocumentParsers;
import dev.kubeadvisor.input.InputDocument;
import dev.kubeadvisor.input.InputException;
import dev.kubeadvisor.input.Note;
import dev.kubeadvisor.input.RecognisedDocument;
import dev.kubeadvisor.input.ParseSink;
import dev.kubeadvisor.input.SnapshotReader;
import dev.kubeadvisor.model.KubeEvent;
import dev.kubeadvisor.model.ContainerLog;
import dev.kubeadvisor.model.ObjectRef;
import dev.kubeadvisor.model.PodInfo;
import dev.kubeadvisor.model.PodListing;
import dev.kubeadvisor.model.SourceLine;
import dev.kubeadvisor.parse.logs.LogAttribution;
import dev.kubeadvisor.report.InputSummary;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The facts of one request, read from what the user gave: immutable, and independent of where it came from.
 *
 * @param facts    the fact records the rules match
 * @param subjects the objects the input describes, in input order
 * @param inputs   what was recognised, per file and line range
 * @param notes    what was not used, and why
 */
public record Snapshot(List<Object> facts, List<ObjectRef> subjects, List<InputSummary> inputs, List<Note> notes) {

    /** Reads text as piped from kubectl. */
    public static Snapshot fromText(String text) {
        return fromInputs(List.of(new InputDocument("stdin", text)));
    }

    /**
     * Reads several named inputs.
     *
     * @throws dev.kubeadvisor.input.InputException when nothing in the input can be diagnosed
     */
    public static Snapshot fromInputs(List<InputDocument> inputs) {
        SnapshotReader reader = new SnapshotReader();
        List<RecognisedDocument> documents = reader.read(inputs);
        Collector collector = new Collector(reader.notes());
        List<InputSummary> summaries = new ArrayList<>();
        for (RecognisedDocument document : documents) {
            summaries.add(new InputSummary(document.source(), document.kind(), document.lineRange()));
            DocumentParsers.forKind(document.kind()).ifPresentOrElse(
                    parser -> parser.parse(document, collector),
                    () -> collector.ignored(document.lines().get(0), "recognised as " + document.kind()
                            + ", which this version does not diagnose yet; its lines were not read"));
        }
        collector.addListingStandIns();
        // logs are attributed once every document is read: a log that names no pod belongs to the pod described
        List<Object> facts = LogAttribution.attribute(collector.facts);
        facts.stream().filter(ContainerLog.class::isInstance).forEach(log -> collector.subject(((ContainerLog) log).pod()));
        if (collector.subjects.isEmpty()) {
            throw new InputException("recognised " + summaries.stream().map(InputSummary::kind).distinct().toList()
                    + " but nothing this version diagnoses: pipe `kubectl describe pod NAME`, `kubectl get pods`, "
                    + "`kubectl get events` or `kubectl logs POD` output");
        }
        return new Snapshot(List.copyOf(facts), List.copyOf(collector.subjects), List.copyOf(summaries),
                List.copyOf(collector.notes));
    }

    /** Gathers what the parsers read, in input order; a subject met twice is kept once. */
    private static final class Collector implements ParseSink {
        private final List<Object> facts = new ArrayList<>();
        private final Set<ObjectRef> subjects = new LinkedHashSet<>();
        private final List<Note> notes;
        private boolean anyListing;

        Collector(List<Note> readerNotes) {
            this.notes = new ArrayList<>(readerNotes);
        }

        /**
         * A pod known only from {@code kubectl get pods} rows gets the facts the row implies, so the rules see it as
         * they would see a describe of it; a described pod keeps only its describe facts. The stand-in container
         * takes the name of the one container the pod's events name, if they name exactly one.
         */
        void addListingStandIns() {
            if (!anyListing) {
                return;
            }
            Set<ObjectRef> described = new HashSet<>();
            facts.stream().filter(PodInfo.class::isInstance).forEach(f -> described.add(((PodInfo) f).ref()));
            List<Object> standIns = new ArrayList<>();
            for (Object fact : facts) {
                if (fact instanceof PodListing listing && described.add(listing.ref())) {
                    standIns.addAll(listing.standIns(containerNamedByEvents(listing.ref())));
                }
            }
            facts.addAll(standIns);
        }

        private String containerNamedByEvents(ObjectRef pod) {
            List<String> named = facts.stream().filter(KubeEvent.class::isInstance).map(KubeEvent.class::cast)
                    .filter(e -> e.involved().equals(pod) && e.container() != null).map(KubeEvent::container)
                    .distinct().toList();
            return named.size() == 1 ? named.get(0) : PodListing.UNNAMED_CONTAINER;
        }

        @Override
        public void fact(Object fact) {
            facts.add(fact);
            anyListing |= fact instanceof PodListing;
        }

        @Override
        public void subject(ObjectRef object) {
            subjects.add(object);
        }

        @Override
        public void ignored(SourceLine line, String why) {
            notes.add(new Note(line.document(), line.line(), line.text().strip(), why));
        }
    }
}
