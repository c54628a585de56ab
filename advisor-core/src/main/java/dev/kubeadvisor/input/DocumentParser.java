package dev.kubeadvisor.input;

/**
 * Reads one kind of recognised document into fact records. Implementations are pure and never throw on odd input:
 * what they cannot use goes to {@link ParseSink#ignored}.
 */
@FunctionalInterface
public interface DocumentParser {

    void parse(RecognisedDocument document, ParseSink sink);
}
