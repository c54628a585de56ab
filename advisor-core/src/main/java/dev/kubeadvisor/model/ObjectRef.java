package dev.kubeadvisor.model;

/** Identifies a Kubernetes object: the key every fact uses to join with the others. */
public record ObjectRef(String kind, String namespace, String name) {

    /** The name of a pod the input does not name (an excerpt, a log); commands then show it for the user to fill in. */
    public static final String UNKNOWN_POD = "<pod>";

    public static ObjectRef pod(String namespace, String name) {
        return new ObjectRef("Pod", namespace, name);
    }

    /** {@code Pod/default/web-1}, or {@code Node/node-a} for cluster-scoped objects. */
    public String key() {
        return namespace == null || namespace.isEmpty() ? kind + "/" + name : kind + "/" + namespace + "/" + name;
    }

    public boolean isNamed() {
        return !UNKNOWN_POD.equals(name);
    }

    @Override
    public String toString() {
        return key();
    }
}
