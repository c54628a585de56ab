package dev.kubeadvisor.model;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Kubernetes API's RBAC refusal as an application logs it: {@code pods is forbidden: User
 * "system:serviceaccount:shop:default" cannot list resource "pods" in API group "" in the namespace "shop"} (or
 * {@code at the cluster scope}); also with the quotes escaped, as in a printed JSON or Rust error. {@code namespace}
 * is {@code null} at the cluster scope; {@code group} is empty for the core API.
 */
public record ApiForbidden(String serviceAccountNamespace, String serviceAccount, String verb, String resource,
                           String group, String namespace) {

    private static final Pattern REFUSAL = Pattern.compile("forbidden: User \"system:serviceaccount:([a-z0-9.-]{1,253}):"
            + "([a-z0-9.-]{1,253})\" cannot ([a-z]{1,40}) resource \"([a-z0-9./-]{1,253})\""
            + "(?: in API group \"([a-z0-9.-]{0,253})\")?(?: in the namespace \"([a-z0-9.-]{1,253})\")?");

    /** The refusal in a log line, or {@code null} when the line holds none. */
    public static ApiForbidden in(String text) {
        if (text == null || !text.contains("forbidden: User") || !text.contains("system:serviceaccount:")) {
            return null;
        }
        Matcher m = REFUSAL.matcher(text.replace("\\\"", "\""));
        if (!m.find()) {
            return null;
        }
        return new ApiForbidden(m.group(1), m.group(2), m.group(3), m.group(4), m.group(5) == null ? "" : m.group(5),
                m.group(6));
    }

    /** The refusal in the first of the collected log lines that holds one, as a list of at most one (for {@code from}). */
    public static List<ApiForbidden> firstIn(Collection<?> lines) {
        return LogLine.inLogOrder(lines).stream().map(l -> in(l.text())).filter(Objects::nonNull).limit(1).toList();
    }

    public boolean isClusterScoped() {
        return namespace == null;
    }

    /** {@code system:serviceaccount:shop:default}, the user kubectl can impersonate with {@code --as}. */
    public String user() {
        return "system:serviceaccount:" + serviceAccountNamespace + ":" + serviceAccount;
    }

    /**
     * The resource as {@code kubectl create role --resource} takes it: {@code pods}, {@code deployments.apps},
     * {@code deployments.apps/scale} for a subresource.
     */
    public String qualifiedResource() {
        String[] parts = resource.split("/", 2);
        return parts[0] + (group.isEmpty() ? "" : "." + group) + (parts.length > 1 ? "/" + parts[1] : "");
    }

    /** What {@code kubectl auth can-i} asks: {@code list pods}, {@code patch deployments.apps --subresource=scale}. */
    public String canIQuestion() {
        String[] parts = resource.split("/", 2);
        return verb + " " + parts[0] + (group.isEmpty() ? "" : "." + group)
                + (parts.length > 1 ? " --subresource=" + parts[1] : "");
    }

    /** {@code role} in a namespace, {@code clusterrole} at the cluster scope. */
    public String roleKind() {
        return isClusterScoped() ? "clusterrole" : "role";
    }

    /** A name for the role that grants what was refused, e.g. {@code default-list-pods}. */
    public String roleName() {
        return (serviceAccount + "-" + verb + "-" + resource.replace('/', '-').replace('.', '-')).toLowerCase();
    }

    /** {@code  -n shop}, or nothing at the cluster scope. */
    public String namespaceFlag() {
        return isClusterScoped() ? "" : " -n " + namespace;
    }

    /** {@code list pods in namespace shop} / {@code list nodes at the cluster scope}. */
    public String refusedText() {
        return verb + " " + qualifiedResource() + (isClusterScoped() ? " at the cluster scope" : " in namespace " + namespace);
    }
}
