package dev.kubeadvisor;

import dev.kubeadvisor.input.DocumentKind;
import dev.kubeadvisor.input.InputDocument;
import dev.kubeadvisor.input.InputException;
import dev.kubeadvisor.input.Note;
import dev.kubeadvisor.input.RecognisedDocument;
import dev.kubeadvisor.input.SnapshotReader;
import dev.kubeadvisor.model.ObjectRef;
import dev.kubeadvisor.model.PodInfo;
import dev.kubeadvisor.parse.describe.DescribeTree;
import dev.kubeadvisor.parse.describe.PodDescribeParser;
import dev.kubeadvisor.report.InputSummary;
import java.util.ArrayList;
import java.util.List;

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
        List<Object> facts = new ArrayList<>();
        List<ObjectRef> subjects = new ArrayList<>();
        List<InputSummary> summaries = new ArrayList<>();
        List<Note> notes = new ArrayList<>(reader.notes());
        for (RecognisedDocument document : documents) {
            summaries.add(new InputSummary(document.source(), document.kind(), document.lineRange()));
            if (!DocumentKind.POD.equals(document.kind())) {
                var first = document.lines().get(0);
                notes.add(new Note(first.document(), first.line(), first.text(), "recognised as "
                        + document.kind() + ", which this version does not diagnose yet; its lines were not read"));
                continue;
            }
            DescribeTree tree = DescribeTree.parse(document.lines());
            PodDescribeParser.parse(tree, fact -> {
                facts.add(fact);
                if (fact instanceof PodInfo pod) {
                    subjects.add(pod.ref());
                }
            });
            tree.forEachUnused(node -> notes.add(new Note(node.source().document(), node.source().line(),
                    node.source().text().strip(), "unrecognised line, ignored")));
        }
        if (subjects.isEmpty()) {
            throw new InputException("recognised " + summaries.stream().map(InputSummary::kind).distinct().toList()
                    + " but nothing this version diagnoses: pipe `kubectl describe pod NAME` output");
        }
        return new Snapshot(List.copyOf(facts), List.copyOf(subjects), List.copyOf(summaries), List.copyOf(notes));
    }
}
