package dev.kubeadvisor.model;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * One line of a container's {@code Environment:} section. For a literal, {@code literalIsSet} tells whether a value
 * was printed; the value itself is never kept, so it cannot leak. For secret and config map references
 * {@code refName} and {@code refKey} name the object and key.
 */
public record EnvVar(ObjectRef pod, String container, String name, EnvSource source, boolean literalIsSet,
                     String refName, String refKey, Boolean optional, SourceLine line) {

    /** The names of variables collected by a rule ({@code from collect(EnvVar(...))}), comma-separated. */
    public static String names(Collection<?> variables) {
        return inInputOrder(variables).map(EnvVar::name).distinct().collect(Collectors.joining(", "));
    }

    /**
     * {@code kubectl create secret|configmap} arguments that recreate the variables' keys from shell variables of
     * the same names ({@code --from-literal=password=$DB_PASSWORD}): the values never appear in a command.
     */
    public static String fromLiterals(Collection<?> variables) {
        return inInputOrder(variables)
                .map(v -> "--from-literal=" + (v.refKey() != null ? v.refKey() : v.name()) + "=$" + v.name())
                .distinct().collect(Collectors.joining(" "));
    }

    /** The evidence lines of variables collected by a rule, in input order. */
    public static List<SourceLine> lines(Collection<?> variables) {
        return inInputOrder(variables).map(EnvVar::line).filter(Objects::nonNull).distinct().toList();
    }

    /** A rule collects facts in no particular order; reports list them as the input does. */
    private static Stream<EnvVar> inInputOrder(Collection<?> variables) {
        return variables.stream().map(EnvVar.class::cast).sorted(Comparator.comparing(
                EnvVar::line, Comparator.nullsLast(Comparator.comparing(SourceLine::document)
                        .thenComparingInt(SourceLine::line))));
    }
}
