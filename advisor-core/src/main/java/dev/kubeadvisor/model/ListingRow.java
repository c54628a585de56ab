package dev.kubeadvisor.model;

import java.util.Locale;

/**
 * A one-line summary of an object, such as a {@code kubectl get pods} row. A diagnosis whose only evidence is such
 * rows is less certain than one read from the full status, and says which command would confirm it.
 */
public interface ListingRow {

    ObjectRef ref();

    SourceLine line();

    /** The command that prints the full status and events of {@link #ref()}. */
    default String confirmingCommand() {
        ObjectRef ref = ref();
        return "kubectl describe " + ref.kind().toLowerCase(Locale.ROOT) + " " + ref.name()
                + (ref.namespace() == null ? "" : " -n " + ref.namespace());
    }
}
