package dev.kubeadvisor.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a {@code FailedMount} message says: the volumes ({@code for volume "x"}, {@code unmounted volumes=[a b]}) and
 * the error in plain words. {@code specific} is false for the kubelet's summary
 * ({@code Unable to attach or mount volumes: ... timed out waiting for the condition}), which names no cause.
 */
public record VolumeMountError(List<String> volumes, String cause, boolean specific) {

    private static final Pattern VOLUME = Pattern.compile("for volume \"([^\"]+)\"");
    private static final Pattern UNMOUNTED = Pattern.compile("unmounted volumes=\\[([^\\]]*)]");
    private static final Pattern NFS_OUTPUT = Pattern.compile("mount\\.nfs4?: ([^\\n]+)");
    private static final Pattern NFS_SOURCE = Pattern.compile("-t nfs4? (?:-o \\S+ )?(\\S+:\\S+)");
    private static final Pattern UNREGISTERED_DRIVER =
            Pattern.compile("driver name (\\S+) not found in the list of registered CSI drivers");
    private static final Pattern RPC_ERROR = Pattern.compile("rpc error: code = (\\w+) desc = ([^\\n]+)");

    public static VolumeMountError of(String message) {
        String text = message == null ? "" : message;
        List<String> volumes = new ArrayList<>();
        Matcher volume = VOLUME.matcher(text);
        while (volume.find()) {
            volumes.add(volume.group(1));
        }
        Matcher unmounted = UNMOUNTED.matcher(text);
        if (volumes.isEmpty() && unmounted.find()) {
            Arrays.stream(unmounted.group(1).split("\\s+")).filter(v -> !v.isBlank()).forEach(volumes::add);
        }
        return new VolumeMountError(List.copyOf(volumes.stream().distinct().toList()), cause(text), isSpecific(text));
    }

    private static boolean isSpecific(String text) {
        return !text.startsWith("Unable to attach or mount volumes");
    }

    private static String cause(String text) {
        MissingConfig missing = MissingConfig.in(text);
        if (missing != null) {
            return missing.kind() + " \"" + missing.name() + "\" does not exist";
        }
        Matcher nfs = NFS_OUTPUT.matcher(text);
        if (nfs.find()) {
            Matcher source = NFS_SOURCE.matcher(text);
            return "the NFS mount" + (source.find() ? " of " + source.group(1) : "") + " failed: " + nfs.group(1).strip();
        }
        Matcher driver = UNREGISTERED_DRIVER.matcher(text);
        if (driver.find()) {
            return "CSI driver " + driver.group(1) + " is not registered on the node (its node plugin is not running there)";
        }
        Matcher rpc = RPC_ERROR.matcher(text);
        if (rpc.find()) {
            return "the storage driver answered " + rpc.group(1) + ": " + rpc.group(2).strip();
        }
        if (!isSpecific(text)) {
            return "the kubelet timed out waiting for the volumes to be attached and mounted";
        }
        int colon = text.indexOf(" : ");
        return colon >= 0 ? text.substring(colon + 3).strip() : text.strip();
    }

    /** The errors of a rule's collected {@code FailedMount} events, in input order. */
    public static List<VolumeMountError> ofEvents(Collection<?> events) {
        return events.stream().map(KubeEvent.class::cast).sorted(Comparator.comparing(KubeEvent::line, SourceLine.INPUT_ORDER))
                .map(e -> of(e.message())).toList();
    }

    public static boolean anySpecific(List<VolumeMountError> errors) {
        return errors.stream().anyMatch(VolumeMountError::specific);
    }

    /** The causes, each once; the kubelet's timeout summary only when no message says more. */
    public static String causes(List<VolumeMountError> errors) {
        return String.join("; ", errors.stream().filter(e -> e.specific() || !anySpecific(errors))
                .map(VolumeMountError::cause).distinct().toList());
    }

    /** A jsonpath for {@code kubectl get pod} that shows the failing volume's spec, or all volumes. */
    public static String volumeQuery(List<VolumeMountError> errors) {
        List<String> names = errors.stream().flatMap(e -> e.volumes().stream()).distinct().toList();
        return names.size() == 1 ? "{.spec.volumes[?(@.name==\"" + names.get(0) + "\")]}" : "{.spec.volumes}";
    }

    /** The volumes of several messages, each once, quoted: {@code "data", "cache"}. */
    public static String describeVolumes(List<VolumeMountError> errors) {
        List<String> names = errors.stream().flatMap(e -> e.volumes().stream()).distinct().map(v -> "\"" + v + "\"").toList();
        return names.isEmpty() ? "a volume" : (names.size() == 1 ? "volume " : "volumes ") + String.join(", ", names);
    }
}
