package dev.kubeadvisor.model;

import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Why the runtime could not create the pod sandbox (the pause container with the pod's network), from a
 * {@code FailedCreatePodSandBox} or {@code NetworkNotReady} message: {@code cause} in plain words, {@code plugin}
 * the CNI plugin the message names ({@code calico}) or {@code null}, {@code error} the runtime's own words.
 */
public record SandboxFailure(String cause, String plugin, String error) {

    private static final int MAX_QUOTE = 240;
    private static final Pattern PLUGIN = Pattern.compile("plugin type=\"([^\"]+)\"");
    private static final Pattern DESC = Pattern.compile("desc = (.+)$", Pattern.DOTALL);
    /** What the plugin itself said, after the runtime's {@code failed to setup network for sandbox "<id>": plugin ... failed (add): }. */
    private static final Pattern PLUGIN_ERROR = Pattern.compile("failed \\(add\\): (.+)$", Pattern.DOTALL);
    private static final Pattern IP_EXHAUSTED = Pattern.compile(
            "no IP addresses available|failed to assign an IP address|failed to allocate for range|"
                    + "no more IPs|IPAM.*exhausted|ipam.*no available", Pattern.CASE_INSENSITIVE);
    private static final Pattern CNI_NOT_READY = Pattern.compile(
            "cni plugin not initialized|NetworkPluginNotReady|no networks found in /etc/cni/net\\.d|"
                    + "failed to find plugin|stat /var/lib/calico/nodename");
    private static final Pattern NETWORK_SETUP = Pattern.compile(
            "failed to setup network for sandbox|failed to set up sandbox container .* network|"
                    + "NetworkPlugin cni failed to set up pod|plugin type=\"");
    private static final Pattern SANDBOX_IMAGE = Pattern.compile("failed to get sandbox image|pause:");

    public static SandboxFailure of(String message) {
        String text = message == null ? "" : message;
        Matcher plugin = PLUGIN.matcher(text);
        Matcher pluginError = PLUGIN_ERROR.matcher(text);
        Matcher desc = DESC.matcher(text);
        String error = pluginError.find() ? pluginError.group(1) : desc.find() ? desc.group(1) : text;
        return new SandboxFailure(cause(text), plugin.find() ? plugin.group(1) : null, error.strip());
    }

    private static String cause(String text) {
        if (IP_EXHAUSTED.matcher(text).find()) {
            return "the CNI plugin has no free pod IP address for this node (its IP pool is exhausted)";
        }
        if (CNI_NOT_READY.matcher(text).find()) {
            return "the CNI plugin is not installed or not running on this node";
        }
        if (NETWORK_SETUP.matcher(text).find()) {
            return "the CNI plugin failed to set up the pod's network";
        }
        if (SANDBOX_IMAGE.matcher(text).find()) {
            return "the runtime cannot get the sandbox (pause) image";
        }
        return "the container runtime failed to create the sandbox";
    }

    /** {@code CNI plugin calico: } when the plugin is known, for summaries. */
    public String pluginPrefix() {
        return plugin == null ? "" : "CNI plugin " + plugin + ": ";
    }

    /** Each distinct cause of a rule's collected events once, with the plugin and the runtime's words. */
    public static String describe(Collection<?> events) {
        Map<String, SandboxFailure> byCause = new LinkedHashMap<>();
        events.stream().map(KubeEvent.class::cast).sorted(Comparator.comparing(KubeEvent::line, SourceLine.INPUT_ORDER))
                .map(e -> of(e.message())).forEach(f -> byCause.putIfAbsent(f.cause(), f));
        return "The pod sandbox cannot be created: " + String.join("; ", byCause.values().stream()
                .map(f -> f.cause() + " (" + f.pluginPrefix() + abbreviated(f.error()) + ")").toList());
    }

    private static String abbreviated(String text) {
        return text.length() <= MAX_QUOTE ? text : text.substring(0, MAX_QUOTE) + "...";
    }
}
