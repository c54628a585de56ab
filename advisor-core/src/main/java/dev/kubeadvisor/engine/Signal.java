package dev.kubeadvisor.engine;

import dev.kubeadvisor.model.ObjectRef;
import dev.kubeadvisor.model.SourceLine;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A fact derived by a signal rule with {@code insertLogical}, e.g. {@code crash-loop} for a container seen in
 * CrashLoopBackOff either in its state or in BackOff events. Diagnosis rules match signals so that one rule covers
 * every way the input can show the same thing.
 */
public record Signal(String name, ObjectRef subject, String container, String detail, SourceLine line) {

    /** The evidence lines of signals collected by a rule ({@code from collect(Signal(...))}), in input order. */
    public static List<SourceLine> lines(Collection<?> signals) {
        return signals.stream().map(s -> ((Signal) s).line()).filter(Objects::nonNull).distinct()
                .sorted(SourceLine.INPUT_ORDER).toList();
    }

    /** The pods (objects) of signals collected by a rule, each once, in input order: {@code shop/web-1, shop/web-2}. */
    public static String subjects(Collection<?> signals) {
        return signals.stream().map(Signal.class::cast)
                .sorted(Comparator.comparing((Signal s) -> s.line() == null ? 0 : s.line().line()))
                .map(s -> s.subject().namespace() == null ? s.subject().name()
                        : s.subject().namespace() + "/" + s.subject().name())
                .distinct().collect(Collectors.joining(", "));
    }

    /** The distinct details of signals collected by a rule, in input order, comma-separated. */
    public static String details(Collection<?> signals) {
        return signals.stream().map(Signal.class::cast)
                .sorted(Comparator.comparing((Signal s) -> s.line() == null ? 0 : s.line().line()))
                .map(Signal::detail).filter(Objects::nonNull).distinct().collect(Collectors.joining(", "));
    }
}
