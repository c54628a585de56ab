package dev.kubeadvisor.model;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A {@code FailedAttachVolume} "Multi-Attach error": {@code volume} (the PersistentVolume) is attached to another
 * node; {@code usedBy} names the pods there ({@code Volume is already used by pod(s) web-0}), or is {@code null}
 * when the message only says {@code Volume is already exclusively attached to one node and can't be attached to another}.
 */
public record MultiAttachError(String volume, String usedBy) {

    private static final Pattern VOLUME = Pattern.compile("Multi-Attach error for volume \"([^\"]+)\"");
    private static final Pattern USED_BY = Pattern.compile("used by pods?\\(?s?\\)? (.+?)\\s*$");

    /** The error, or {@code null} when the message is no Multi-Attach error. */
    public static MultiAttachError of(String message) {
        if (message == null) {
            return null;
        }
        Matcher volume = VOLUME.matcher(message);
        if (!volume.find()) {
            return null;
        }
        Matcher usedBy = USED_BY.matcher(message);
        return new MultiAttachError(volume.group(1), usedBy.find() ? usedBy.group(1) : null);
    }

    private boolean isHeldBySameDeployment(PodInfo pod) {
        String workload = pod.workload();
        return usedBy != null && workload.startsWith("deployment/")
                && usedBy.startsWith(workload.substring("deployment/".length()) + "-");
    }

    /**
     * The summary of a rule's collected Multi-Attach events, naming the pod's claims when the input shows them, and
     * a rolling update when the pod holding the disk belongs to the same Deployment.
     */
    public static String describe(Collection<?> events, List<String> claims, PodInfo pod) {
        MultiAttachError error = events.stream().map(KubeEvent.class::cast)
                .sorted(Comparator.comparing(KubeEvent::line, SourceLine.INPUT_ORDER))
                .map(e -> of(e.message())).filter(e -> e != null).findFirst().orElseThrow();
        return "Volume \"" + error.volume() + "\"" + (claims.isEmpty() ? "" : " (claim " + String.join(", ", claims) + ")")
                + " is still attached to another node" + (error.usedBy() == null ? "" : ", used by pod(s) " + error.usedBy())
                + (error.isHeldBySameDeployment(pod) ? " of the same Deployment (a rolling update started this pod before "
                        + "the old one released the disk)" : "")
                + "; a ReadWriteOnce disk cannot be attached to this pod's node until it is released there";
    }
}
