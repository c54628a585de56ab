package dev.kubeadvisor.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * What a pod asks the scheduler for, from its containers' {@code Requests:} lines: the sum over the app
 * containers, or the largest init container's request when that is more (init containers run one at a time,
 * before the app containers).
 */
public final class PodRequests {

    private static final long KI = 1024;

    private PodRequests() {
    }

    /**
     * The request of {@code resource} ({@code cpu} or {@code memory}) as kubectl prints quantities, with the
     * containers it comes from: {@code 2500m (api 2, istio-proxy 500m)}, or says that the input shows none.
     */
    public static String describe(Collection<?> containers, String resource) {
        List<ContainerStatus> requesting = requesting(containers, resource);
        if (requesting.isEmpty()) {
            return "not shown in this input";
        }
        double apps = 0;
        double largestInit = 0;
        List<String> parts = new ArrayList<>();
        for (ContainerStatus container : requesting) {
            Quantity quantity = quantity(container, resource);
            if (container.isInit()) {
                largestInit = Math.max(largestInit, quantity.value());
            } else {
                apps += quantity.value();
            }
            parts.add((container.isInit() ? "init container " : "") + container.name() + " " + quantity.text());
        }
        if (requesting.size() == 1) {
            return quantity(requesting.get(0), resource).text() + " (" + requesting.get(0).name() + ")";
        }
        return format(Math.max(apps, largestInit), resource) + " (" + String.join(", ", parts) + ")";
    }

    /** The {@code Requests:} lines of that resource, in input order. */
    public static List<SourceLine> lines(Collection<?> containers, String resource) {
        return requesting(containers, resource).stream()
                .map(c -> "cpu".equals(resource) ? c.requests().cpuLine() : c.requests().memoryLine()).toList();
    }

    private static List<ContainerStatus> requesting(Collection<?> containers, String resource) {
        return containers.stream().map(ContainerStatus.class::cast)
                .filter(c -> c.requests() != null && quantity(c, resource) != null)
                .sorted(Comparator.comparingInt(c -> c.nameLine() == null ? 0 : c.nameLine().line()))
                .toList();
    }

    private static Quantity quantity(ContainerStatus container, String resource) {
        return "cpu".equals(resource) ? container.requests().cpu() : container.requests().memory();
    }

    /** A total in kubectl's style: {@code 2}, {@code 2500m} for cpu; {@code 3Gi}, {@code 1536Mi} for memory. */
    static String format(double value, String resource) {
        if ("cpu".equals(resource)) {
            long millis = Math.round(value * 1000);
            return millis % 1000 == 0 ? String.valueOf(millis / 1000) : millis + "m";
        }
        long bytes = Math.round(value);
        String[] units = {"Gi", "Mi", "Ki"};
        long[] sizes = {KI * KI * KI, KI * KI, KI};
        for (int i = 0; i < units.length; i++) {
            if (bytes >= sizes[i] && bytes % sizes[i] == 0) {
                return bytes / sizes[i] + units[i];
            }
        }
        return String.valueOf(bytes);
    }
}
