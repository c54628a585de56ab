package dev.kubeadvisor.parse.objects;

import dev.kubeadvisor.model.ObjectRef;
import dev.kubeadvisor.model.ServiceInfo;
import dev.kubeadvisor.model.ServicePort;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A Service as {@code kubectl describe service} shows it, each port with the ready addresses of its endpoints. The
 * endpoints come from the Service's Endpoints object (or, when there is none, its EndpointSlices) in the same
 * document; without either, a port cites no endpoints line and lists none.
 */
final class ServiceObject {

    /** kubectl prints the first three addresses and {@code + N more...}. */
    private static final int PRINTED_ADDRESSES = 3;
    private static final String SERVICE_NAME_LABEL = "kubernetes.io/service-name";

    private ServiceObject() {
    }

    static ObjectRef read(LocatedNode object, ObjectContext context) {
        ObjectRef ref = ObjectFields.ref(object, "Service");
        LocatedNode spec = object.get("spec");
        DocumentLines lines = context.lines();
        String type = spec.get("type").nonEmptyText();
        context.fact(new ServiceInfo(ref, type == null ? "ClusterIP" : type, ObjectFields.labels(spec.get("selector")),
                spec.get("clusterIP").nonEmptyText(),
                "ExternalName".equals(type) ? spec.get("externalName").nonEmptyText() : null,
                spec.get("sessionAffinity").nonEmptyText(), lines.of(object.path("metadata", "name")),
                lines.of(spec.get("selector")), lines.of(spec.get("type"))));
        LocatedNode endpoints = endpointsOf(ref, context);
        List<LocatedNode> slices = slicesOf(ref, context);
        boolean known = endpoints.isObject() || !slices.isEmpty();
        for (LocatedNode port : spec.get("ports").items()) {
            String name = port.get("name").nonEmptyText();
            List<String> addresses = endpoints.isObject() ? fromEndpoints(endpoints, name) : fromSlices(slices, name);
            Integer nodePort = port.get("nodePort").integer();
            LocatedNode targetPort = port.get("targetPort");
            context.fact(new ServicePort(ref, name, port.get("port").integer(),
                    Objects.requireNonNullElse(port.get("protocol").nonEmptyText(), "TCP"),
                    targetPort.isPresent() ? targetPort.text() : port.get("port").text(),
                    nodePort == null || nodePort == 0 ? null : nodePort,
                    addresses.subList(0, Math.min(PRINTED_ADDRESSES, addresses.size())), lines.of(port),
                    known ? lines.of(endpoints.isObject() ? endpoints : slices.get(0)) : null));
        }
        return ref;
    }

    private static LocatedNode endpointsOf(ObjectRef service, ObjectContext context) {
        return context.objects().ofKind("Endpoints").stream()
                .filter(e -> service.equals(ObjectFields.ref(e, "Service"))).findFirst().orElse(LocatedNode.MISSING);
    }

    private static List<LocatedNode> slicesOf(ObjectRef service, ObjectContext context) {
        return context.objects().ofKind("EndpointSlice").stream()
                .filter(slice -> service.namespace().equals(ObjectFields.namespace(slice))
                        && service.name().equals(slice.path("metadata", "labels", SERVICE_NAME_LABEL).text()))
                .toList();
    }

    /** The ready addresses of the subsets' port named like the Service port, as {@code ip:port}. */
    private static List<String> fromEndpoints(LocatedNode endpoints, String portName) {
        List<String> addresses = new ArrayList<>();
        for (LocatedNode subset : endpoints.get("subsets").items()) {
            for (LocatedNode port : subset.get("ports").items()) {
                if (Objects.equals(port.get("name").nonEmptyText(), portName)) {
                    subset.get("addresses").items().forEach(address ->
                            addresses.add(address.get("ip").text() + ":" + port.get("port").text()));
                }
            }
        }
        return addresses;
    }

    /** The ready endpoints of the slices' port named like the Service port (a missing condition counts as ready). */
    private static List<String> fromSlices(List<LocatedNode> slices, String portName) {
        List<String> addresses = new ArrayList<>();
        for (LocatedNode slice : slices) {
            for (LocatedNode port : slice.get("ports").items()) {
                if (!Objects.equals(port.get("name").nonEmptyText(), portName)) {
                    continue;
                }
                for (LocatedNode endpoint : slice.get("endpoints").items()) {
                    if (Boolean.FALSE.equals(endpoint.path("conditions", "ready").bool())) {
                        continue;
                    }
                    endpoint.get("addresses").items().forEach(address ->
                            addresses.add(address.text() + ":" + port.get("port").text()));
                }
            }
        }
        return addresses;
    }
}
