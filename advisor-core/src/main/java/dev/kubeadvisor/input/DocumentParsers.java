package dev.kubeadvisor.input;

import dev.kubeadvisor.parse.describe.PodDocumentParser;
import dev.kubeadvisor.parse.objects.ObjectsDocumentParser;
import java.util.Map;
import java.util.Optional;

/** The parser of each document kind {@link SnapshotReader} recognises. */
public final class DocumentParsers {

    // JSON and YAML parsers are created on their first document: describe-only runs never load Jackson's parsers
    private static final Map<String, DocumentParser> BY_KIND = Map.ofEntries(
            Map.entry(DocumentKind.POD, new PodDocumentParser()),
            Map.entry(DocumentKind.JSON, (document, sink) -> ObjectsDocumentParser.json().parse(document, sink)),
            Map.entry(DocumentKind.YAML, (document, sink) -> ObjectsDocumentParser.yaml().parse(document, sink)));

    private DocumentParsers() {
    }

    public static Optional<DocumentParser> forKind(String kind) {
        return Optional.ofNullable(BY_KIND.get(kind));
    }
}
