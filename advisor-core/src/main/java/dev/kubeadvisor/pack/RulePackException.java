package dev.kubeadvisor.pack;

import dev.kubeadvisor.input.InputException;
import java.util.List;

/** A custom rule pack cannot be used: every problem found, one per line, each naming its file (and line). */
public final class RulePackException extends InputException {

    public RulePackException(List<String> problems) {
        super(problems.size() == 1 ? "rule pack: " + problems.get(0)
                : "rule packs have " + problems.size() + " problems:\n  " + String.join("\n  ", problems));
    }
}
