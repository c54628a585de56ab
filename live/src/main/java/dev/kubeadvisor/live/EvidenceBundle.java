package dev.kubeadvisor.live;

import dev.kubeadvisor.input.InputDocument;
import dev.kubeadvisor.model.ObjectRef;
import java.util.List;

/**
 * What a scan read about one subject: its objects as {@code kubectl get -o json} documents and its container logs,
 * named so that evidence lines point at them ({@code pod/shop/web-1.json}, {@code shop/web-1/app/logs-previous.txt}),
 * and the reads that failed.
 */
public record EvidenceBundle(ObjectRef subject, List<InputDocument> documents, List<MissingEvidence> missing) {

    public EvidenceBundle {
        documents = List.copyOf(documents);
        missing = List.copyOf(missing);
    }
}
