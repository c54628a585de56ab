package dev.kubeadvisor.parse.describe;

import dev.kubeadvisor.input.DocumentParser;
import dev.kubeadvisor.input.ParseSink;
import dev.kubeadvisor.input.RecognisedDocument;

/**
 * A {@code kubectl describe} document of a kind other than pod: the object described is the subject, and the lines
 * its describer did not use are reported.
 */
public final class DescribeDocumentParser implements DocumentParser {

    private final ObjectDescriber describer;

    private DescribeDocumentParser(ObjectDescriber describer) {
        this.describer = describer;
    }

    public static DocumentParser node() {
        return new DescribeDocumentParser(NodeDescribeParser::describe);
    }

    public static DocumentParser deployment() {
        return new DescribeDocumentParser(DeploymentDescribeParser::describe);
    }

    public static DocumentParser replicaSet() {
        return new DescribeDocumentParser(ReplicaSetDescribeParser::describe);
    }

    public static DocumentParser statefulSet() {
        return new DescribeDocumentParser(StatefulSetDescribeParser::describe);
    }

    public static DocumentParser daemonSet() {
        return new DescribeDocumentParser(DaemonSetDescribeParser::describe);
    }

    public static DocumentParser job() {
        return new DescribeDocumentParser(JobDescribeParser::describe);
    }

    public static DocumentParser cronJob() {
        return new DescribeDocumentParser(CronJobDescribeParser::describe);
    }

    public static DocumentParser service() {
        return new DescribeDocumentParser(ServiceDescribeParser::describe);
    }

    public static DocumentParser persistentVolumeClaim() {
        return new DescribeDocumentParser(PvcDescribeParser::describe);
    }

    @Override
    public void parse(RecognisedDocument document, ParseSink sink) {
        DescribeTree tree = DescribeTree.parse(document.lines());
        sink.subject(describer.describe(tree, sink::fact));
        tree.forEachUnused(node -> sink.ignored(node.source(), "unrecognised line, ignored"));
    }
}
