package dev.kubeadvisor.input;

import dev.kubeadvisor.parse.describe.PodDocumentParser;
import dev.kubeadvisor.parse.logs.LogsParser;
import java.util.Map;
import java.util.Optional;

/** The parser of each document kind {@link SnapshotReader} recognises. */
public final class DocumentParsers {

    private static final Map<String, DocumentParser> BY_KIND = Map.ofEntries(
            Map.entry(DocumentKind.POD, new PodDocumentParser()),
            Map.entry(DocumentKind.LOGS, new LogsParser()));

    private DocumentParsers() {
    }

    public static Optional<DocumentParser> forKind(String kind) {
        return Optional.ofNullable(BY_KIND.get(kind));
    }
}
