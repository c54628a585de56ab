package dev.kubeadvisor.parse.objects;

import dev.kubeadvisor.model.Probe;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A container's {@code livenessProbe}, {@code readinessProbe} or {@code startupProbe} as the {@link Probe} that
 * {@code kubectl describe} would print: {@code http-get http://:8080/healthz}, {@code tcp-socket :5432},
 * {@code exec [cat /tmp/healthy]}, {@code grpc <pod>:9090}. Settings the object leaves out take the API server's
 * defaults, as they would once the pod is created.
 */
final class ProbeObject {

    private static final int DEFAULT_TIMEOUT = 1;
    private static final int DEFAULT_PERIOD = 10;
    private static final int DEFAULT_SUCCESS = 1;

    private ProbeObject() {
    }

    /** {@code kind} is {@code Liveness}, {@code Readiness} or {@code Startup}; null when the probe is absent. */
    static Probe of(String kind, LocatedNode probe, DocumentLines lines) {
        if (!probe.isObject()) {
            return null;
        }
        String action = "unknown";
        String target = null;
        if (probe.get("exec").isObject()) {
            action = "exec";
            target = probe.path("exec", "command").items().stream().map(LocatedNode::text)
                    .collect(Collectors.joining(" ", "[", "]"));
        } else if (probe.get("httpGet").isObject()) {
            action = "http-get";
            target = httpUrl(probe.get("httpGet"));
        } else if (probe.get("tcpSocket").isObject()) {
            LocatedNode socket = probe.get("tcpSocket");
            action = "tcp-socket";
            target = text(socket.get("host")) + ":" + text(socket.get("port"));
        } else if (probe.get("grpc").isObject()) {
            LocatedNode grpc = probe.get("grpc");
            action = "grpc";
            target = "<pod>:" + text(grpc.get("port"))
                    + (grpc.get("service").nonEmptyText() == null ? "" : " " + grpc.get("service").text());
        }
        return new Probe(kind, action, target, setting(probe, "initialDelaySeconds", 0),
                setting(probe, "timeoutSeconds", DEFAULT_TIMEOUT), setting(probe, "periodSeconds", DEFAULT_PERIOD),
                setting(probe, "successThreshold", DEFAULT_SUCCESS),
                setting(probe, "failureThreshold", Probe.DEFAULT_FAILURE_THRESHOLD), lines.of(probe));
    }

    /** Go's {@code url.URL{Scheme, Host: JoinHostPort(host, port), Path}.String()}, as kubectl builds it. */
    private static String httpUrl(LocatedNode httpGet) {
        String scheme = httpGet.get("scheme").nonEmptyText();
        String host = text(httpGet.get("host"));
        String port = text(httpGet.get("port"));
        String hostPort = port.isEmpty() ? host : (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
        String path = text(httpGet.get("path"));
        if (!path.isEmpty() && !path.startsWith("/")) {
            path = "/" + path;
        }
        return (scheme == null ? "http" : scheme.toLowerCase(Locale.ROOT)) + "://" + hostPort + path;
    }

    private static String text(LocatedNode node) {
        String text = node.text();
        return text == null ? "" : text;
    }

    private static Integer setting(LocatedNode probe, String field, int byDefault) {
        Integer value = probe.get(field).integer();
        return value == null ? byDefault : value;
    }
}
