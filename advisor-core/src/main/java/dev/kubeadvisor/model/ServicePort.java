package dev.kubeadvisor.model;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * One port of a Service ({@code Port:  http  80/TCP}, {@code TargetPort:  8080/TCP}, {@code NodePort:},
 * {@code Endpoints:}). {@code endpoints} lists the ready addresses kubectl printed (it abbreviates long lists with
 * {@code + N more...}); it is empty for {@code Endpoints:  <none>} and for the blank value kubectl 1.31+ prints.
 */
public record ServicePort(ObjectRef service, String name, Integer port, String protocol, String targetPort,
                          Integer nodePort, List<String> endpoints, SourceLine portLine, SourceLine endpointsLine) {

    public boolean hasEndpoints() {
        return !endpoints.isEmpty();
    }

    /** {@code "port http 80/TCP, port grpc 9090/TCP"} for the ports a rule collected, in input order. */
    public static String names(Collection<?> ports) {
        return ports.stream().map(ServicePort.class::cast)
                .sorted((a, b) -> SourceLine.INPUT_ORDER.compare(a.portLine, b.portLine))
                .map(p -> "port " + (p.name == null ? "" : p.name + " ") + p.port + "/" + p.protocol)
                .collect(Collectors.joining(", "));
    }

    /** The {@code Endpoints:} lines of the ports a rule collected. */
    public static List<SourceLine> endpointsLines(Collection<?> ports) {
        return ports.stream().map(p -> ((ServicePort) p).endpointsLine).filter(Objects::nonNull).toList();
    }
}
