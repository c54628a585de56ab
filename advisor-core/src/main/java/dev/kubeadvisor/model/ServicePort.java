package dev.kubeadvisor.model;

import java.util.List;

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
}
