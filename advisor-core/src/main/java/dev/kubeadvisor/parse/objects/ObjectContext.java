package dev.kubeadvisor.parse.objects;

import java.time.Instant;
import java.util.function.Consumer;

/** What reading one object of a document needs: its lines, the document's other objects, where facts go, now. */
record ObjectContext(DocumentLines lines, ListedObjects objects, Consumer<Object> facts, Instant now) {

    void fact(Object fact) {
        facts.accept(fact);
    }
}
