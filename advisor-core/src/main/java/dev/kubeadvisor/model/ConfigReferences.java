package dev.kubeadvisor.model;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The Secrets and ConfigMaps a pod template reads through {@link EnvVar} ({@code secretKeyRef},
 * {@code configMapKeyRef}) and {@link EnvFrom} facts, as a rule collected them (one or more collections).
 */
public final class ConfigReferences {

    private ConfigReferences() {
    }

    /** {@code "Secret web-db, ConfigMap web-settings"}, in input order, each object once; empty when none. */
    public static String names(Collection<?>... references) {
        return inInputOrder(references).stream().map(ConfigReferences::name).filter(n -> n != null)
                .distinct().collect(Collectors.joining(", "));
    }

    /** The lines of the references that name a Secret or ConfigMap. */
    public static List<SourceLine> lines(Collection<?>... references) {
        return inInputOrder(references).stream().filter(r -> name(r) != null).map(ConfigReferences::line).toList();
    }

    private static List<Object> inInputOrder(Collection<?>... references) {
        return Arrays.stream(references).flatMap(Collection::stream).sorted((a, b) -> SourceLine.INPUT_ORDER.compare(line(a), line(b)))
                .map(Object.class::cast).toList();
    }

    private static String name(Object reference) {
        EnvSource source = reference instanceof EnvFrom from ? from.source() : ((EnvVar) reference).source();
        String refName = reference instanceof EnvFrom from ? from.refName() : ((EnvVar) reference).refName();
        if (refName == null || (source != EnvSource.SECRET && source != EnvSource.CONFIG_MAP)) {
            return null;
        }
        return (source == EnvSource.SECRET ? "Secret " : "ConfigMap ") + refName;
    }

    private static SourceLine line(Object reference) {
        return reference instanceof EnvFrom from ? from.line() : ((EnvVar) reference).line();
    }
}
