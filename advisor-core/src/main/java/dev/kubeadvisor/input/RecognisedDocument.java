package dev.kubeadvisor.input;

import dev.kubeadvisor.model.SourceLine;
import java.util.List;

/**
 * A run of input lines that forms one kubectl document, e.g. one {@code kubectl describe pod} or one
 * {@code kubectl get events} table; {@code described} names the pods described anywhere in the same input.
 * {@code indentations} gives per line how many spaces begin it, where the line cutting counted them (JSON input),
 * else null.
 */
public record RecognisedDocument(String kind, List<SourceLine> lines, DescribedPods described, int[] indentations) {

    public RecognisedDocument(String kind, List<SourceLine> lines) {
        this(kind, lines, DescribedPods.NONE, null);
    }

    public String source() {
        return lines.get(0).document();
    }

    public String lineRange() {
        return lines.get(0).line() + "-" + lines.get(lines.size() - 1).line();
    }
}
