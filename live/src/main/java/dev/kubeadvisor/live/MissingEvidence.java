package dev.kubeadvisor.live;

import dev.kubeadvisor.input.Note;

/**
 * A read that failed, so the diagnosis could not use what it would have shown.
 *
 * @param read what was read, as a kubectl-like request ({@code get pods/log web-1 -c app --previous -n shop})
 * @param why  why it failed, in the user's terms, with what would fix it
 */
public record MissingEvidence(String read, String why) {

    /** Missing evidence is reported with the input notes, as a line of the cluster "input". */
    public Note asNote() {
        return new Note("cluster", 0, read, "missing evidence: " + why);
    }
}
