package dev.kubeadvisor.input;

import dev.kubeadvisor.parse.describe.ConfigObjectDocumentParser;
import dev.kubeadvisor.parse.describe.DescribeDocumentParser;
import dev.kubeadvisor.parse.describe.PodDocumentParser;
import dev.kubeadvisor.parse.events.EventListParser;
import dev.kubeadvisor.parse.listing.PodListParser;
import dev.kubeadvisor.parse.logs.LogsParser;
import dev.kubeadvisor.parse.objects.ObjectsDocumentParser;
import java.util.Map;
import java.util.Optional;

/** The parser of each document kind {@link SnapshotReader} recognises. */
public final class DocumentParsers {

    // JSON and YAML parsers are created on their first document: describe-only runs never load Jackson's parsers
    private static final Map<String, DocumentParser> BY_KIND = Map.ofEntries(
            Map.entry(DocumentKind.POD, new PodDocumentParser()),
            Map.entry(DocumentKind.NODE, DescribeDocumentParser.node()),
            Map.entry(DocumentKind.DEPLOYMENT, DescribeDocumentParser.deployment()),
            Map.entry(DocumentKind.REPLICA_SET, DescribeDocumentParser.replicaSet()),
            Map.entry(DocumentKind.STATEFUL_SET, DescribeDocumentParser.statefulSet()),
            Map.entry(DocumentKind.DAEMON_SET, DescribeDocumentParser.daemonSet()),
            Map.entry(DocumentKind.JOB, DescribeDocumentParser.job()),
            Map.entry(DocumentKind.CRON_JOB, DescribeDocumentParser.cronJob()),
            Map.entry(DocumentKind.SERVICE, DescribeDocumentParser.service()),
            Map.entry(DocumentKind.PVC, DescribeDocumentParser.persistentVolumeClaim()),
            Map.entry(DocumentKind.SECRET, ConfigObjectDocumentParser.secret()),
            Map.entry(DocumentKind.CONFIG_MAP, ConfigObjectDocumentParser.configMap()),
            Map.entry(TableKind.GET_EVENTS, new EventListParser()),
            Map.entry(TableKind.EVENTS, new EventListParser()),
            Map.entry(TableKind.EVENT_ROWS, new EventListParser()),
            Map.entry(TableKind.GET_PODS, new PodListParser()),
            Map.entry(DocumentKind.JSON, (document, sink) -> ObjectsDocumentParser.json().parse(document, sink)),
            Map.entry(DocumentKind.YAML, (document, sink) -> ObjectsDocumentParser.yaml().parse(document, sink)),
            Map.entry(DocumentKind.LOGS, new LogsParser()));

    private DocumentParsers() {
    }

    public static Optional<DocumentParser> forKind(String kind) {
        return Optional.ofNullable(BY_KIND.get(kind));
    }
}
