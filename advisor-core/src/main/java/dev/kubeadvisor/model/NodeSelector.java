package dev.kubeadvisor.model;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/** One label of the pod's {@code Node-Selectors:}: the pod only goes to nodes that carry {@code key=value}. */
public record NodeSelector(ObjectRef pod, String key, String value, SourceLine line) {

    /** The label as {@code kubectl get nodes -l} takes it. */
    public String label() {
        return key + "=" + value;
    }

    /** {@code disktype=ssd,pool=gpu}, as {@code kubectl get nodes -l} and {@code kubectl label} take them. */
    public static String labels(Collection<?> selectors) {
        return of(selectors).stream().map(NodeSelector::label).collect(Collectors.joining(","));
    }

    /** {@code disktype,pool}, as {@code kubectl get nodes -L} takes them. */
    public static String keys(Collection<?> selectors) {
        return of(selectors).stream().map(NodeSelector::key).collect(Collectors.joining(","));
    }

    public static List<SourceLine> lines(Collection<?> selectors) {
        return of(selectors).stream().map(NodeSelector::line).toList();
    }

    private static List<NodeSelector> of(Collection<?> selectors) {
        return selectors.stream().map(NodeSelector.class::cast)
                .sorted(Comparator.comparing(NodeSelector::line, SourceLine.INPUT_ORDER)).toList();
    }
}
