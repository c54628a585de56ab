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
        List<ContainerStatus> counted = counted(containers, resource);
        if (counted.isEmpty()) {
            return "not shown in this input";
        }
        if (counted.size() == 1) {
            ContainerStatus only = counted.get(0);
            return quantity(only, resource).text() + " (" + (only.isInit() ? "init container " : "") + only.name() + ")";
        }
        double total = counted.stream().mapToDouble(c -> quantity(c, resource).value()).sum();
        List<String> parts = counted.stream().map(c -> c.name() + " " + quantity(c, resource).text()).toList();
        return format(total, resource) + " (" + String.join(", ", parts) + ")";
    }

    /**
     * The pod's request of each of {@code resources}: cpu and memory from {@code containers}, the others from the
     * {@link ResourceRequest}s in {@code otherRequests}: {@code cpu 6 (api), memory 8Gi (api)}.
     */
    public static String describeEach(List<String> resources, Collection<?> containers, Collection<?> otherRequests) {
        return String.join(", ", resources.stream().map(resource -> isCounted(resource)
                ? resource + " " + describe(containers, resource) : ResourceRequest.describe(otherRequests, resource)).toList());
    }

    /** The request lines behind {@link #describeEach}, in input order. */
    public static List<SourceLine> linesOf(List<String> resources, Collection<?> containers, Collection<?> otherRequests) {
        List<SourceLine> lines = new ArrayList<>(ResourceRequest.linesFor(otherRequests, resources));
        resources.stream().filter(PodRequests::isCounted).forEach(resource -> lines.addAll(lines(containers, resource)));
        lines.sort(SourceLine.INPUT_ORDER);
        return lines;
    }

    private static boolean isCounted(String resource) {
        return "cpu".equals(resource) || "memory".equals(resource);
    }

    /** The {@code Requests:} lines of the containers {@link #describe} counts, in input order. */
    public static List<SourceLine> lines(Collection<?> containers, String resource) {
        return counted(containers, resource).stream()
                .map(c -> "cpu".equals(resource) ? c.requests().cpuLine() : c.requests().memoryLine()).toList();
    }

    /** The app containers that request the resource, or the largest init container when it asks for more. */
    private static List<ContainerStatus> counted(Collection<?> containers, String resource) {
        List<ContainerStatus> requesting = containers.stream().map(ContainerStatus.class::cast)
                .filter(c -> c.requests() != null && quantity(c, resource) != null)
                .sorted(Comparator.comparingInt(c -> c.nameLine() == null ? 0 : c.nameLine().line()))
                .toList();
        List<ContainerStatus> apps = requesting.stream().filter(c -> !c.isInit()).toList();
        double appsTotal = apps.stream().mapToDouble(c -> quantity(c, resource).value()).sum();
        return requesting.stream().filter(ContainerStatus::isInit)
                .max(Comparator.comparingDouble(c -> quantity(c, resource).value()))
                .filter(init -> quantity(init, resource).value() > appsTotal)
                .map(List::of).orElse(apps);
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
