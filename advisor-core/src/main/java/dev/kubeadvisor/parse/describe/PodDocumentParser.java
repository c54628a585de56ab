package dev.kubeadvisor.parse.describe;

import dev.kubeadvisor.input.DocumentParser;
import dev.kubeadvisor.input.ParseSink;
import dev.kubeadvisor.input.RecognisedDocument;
import dev.kubeadvisor.model.PodInfo;

/** {@code kubectl describe pod}: the pod is the subject; lines the parser did not use are reported. */
public final class PodDocumentParser implements DocumentParser {

    @Override
    public void parse(RecognisedDocument document, ParseSink sink) {
        DescribeTree tree = DescribeTree.parse(document.lines());
        PodDescribeParser.parse(tree, fact -> {
            sink.fact(fact);
            if (fact instanceof PodInfo pod) {
                sink.subject(pod.ref());
            }
        });
        tree.forEachUnused(node -> sink.ignored(node.source(), "unrecognised line, ignored"));
    }
}
