package dev.kubeadvisor.input;

import dev.kubeadvisor.model.ObjectRef;
import java.util.Map;

/**
 * The pods described in the same input, by name: a table row that names a pod without its namespace (a
 * {@code kubectl get events} without {@code -A}) takes the namespace of the described pod of that name.
 */
public record DescribedPods(Map<String, String> namespaceByName) {

    public static final DescribedPods NONE = new DescribedPods(Map.of());

    public String namespaceOf(String podName) {
        return namespaceByName.get(podName);
    }

    /** The only described pod, or {@code null} when none or several are. */
    public ObjectRef sole() {
        if (namespaceByName.size() != 1) {
            return null;
        }
        Map.Entry<String, String> only = namespaceByName.entrySet().iterator().next();
        return ObjectRef.pod(only.getValue(), only.getKey());
    }
}
