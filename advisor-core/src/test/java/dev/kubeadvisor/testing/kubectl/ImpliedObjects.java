package dev.kubeadvisor.testing.kubectl;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.time.Instant;

/**
 * Objects every real cluster has, served when a fixture leaves them out: without them kubectl prints
 * {@code Lease: Failed to get lease} for a node, or reports a missing namespace instead of a missing object.
 */
final class ImpliedObjects {

    private static final JsonMapper MAPPER = JsonMapper.shared();

    private ImpliedObjects() {
    }

    /** The Lease the kubelet of {@code node} keeps renewing, last renewed at {@code renewTime}. */
    static ObjectNode nodeLease(JsonNode node, Instant renewTime) {
        String name = FixtureObjects.nameOf(node);
        ObjectNode lease = MAPPER.createObjectNode()
                .put("kind", "Lease")
                .put("apiVersion", ResourceCatalog.LEASES.groupVersion());
        lease.putObject("metadata")
                .put("name", name)
                .put("namespace", "kube-node-lease")
                .put("uid", FixtureObjects.uidOf(ResourceCatalog.LEASES, "kube-node-lease", name));
        lease.putObject("spec")
                .put("holderIdentity", name)
                .put("leaseDurationSeconds", 40)
                .put("renewTime", Timestamps.format(renewTime));
        return lease;
    }

    static ObjectNode namespace(String name) {
        ObjectNode namespace = MAPPER.createObjectNode()
                .put("kind", "Namespace")
                .put("apiVersion", "v1");
        namespace.putObject("metadata")
                .put("name", name)
                .put("uid", FixtureObjects.uidOf(ResourceCatalog.NAMESPACES, "", name));
        namespace.putObject("spec").putArray("finalizers").add("kubernetes");
        namespace.putObject("status").put("phase", "Active");
        return namespace;
    }
}
