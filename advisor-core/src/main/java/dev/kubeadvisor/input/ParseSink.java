package dev.kubeadvisor.input;

import dev.kubeadvisor.model.ObjectRef;
import dev.kubeadvisor.model.SourceLine;

/** Where a {@link DocumentParser} puts what it read. */
public interface ParseSink {

    /** A fact record for the rules. */
    void fact(Object fact);

    /** An object the input is about: the report diagnoses each subject (repeats are merged). */
    void subject(ObjectRef object);

    /** A line that was read but not used, and why; it is reported so nothing is silently dropped. */
    void ignored(SourceLine line, String why);
}
