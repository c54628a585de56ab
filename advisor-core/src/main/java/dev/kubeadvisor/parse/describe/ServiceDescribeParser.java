package dev.kubeadvisor.parse.describe;

import dev.kubeadvisor.model.ObjectRef;
import dev.kubeadvisor.model.ServiceInfo;
import dev.kubeadvisor.model.ServicePort;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns one {@code kubectl describe service} document into fact records. Each port is a {@code Port:} line followed
 * by its {@code TargetPort:}, {@code NodePort:} and {@code Endpoints:} lines.
 */
final class ServiceDescribeParser {

    /** {@code http  80/TCP}; an unnamed port prints {@code <unset>} for its name. */
    private static final Pattern PORT = Pattern.compile("^(?:(\\S+)\\s+)?(\\d{1,5})/(\\S+)$");
    private static final Pattern MORE_ENDPOINTS = Pattern.compile("\\s*\\+ \\d+ more\\.\\.\\.$");
    private static final Set<String> INFORMATIONAL_FIELDS = Set.of("IP", "IPs", "IP Family Policy", "IP Families",
            "External Traffic Policy", "Internal Traffic Policy", "LoadBalancer Ingress", "External IPs",
            "HealthCheck NodePort", "Traffic Distribution");
    private static final String UNSET = "<unset>";

    private ServiceDescribeParser() {
    }

    static ObjectRef describe(DescribeTree tree, Consumer<Object> facts) {
        ObjectRef service = DescribedFields.ref(tree, "Service");
        facts.accept(new ServiceInfo(service, tree.rootValue("Type"), tree.rootValue("Selector"),
                tree.rootValue("IP"), tree.rootValue("External Name"), tree.rootValue("Session Affinity"),
                DescribedFields.line(tree, "Name"), DescribedFields.line(tree, "Selector"),
                DescribedFields.line(tree, "Type")));
        PortBuilder port = null;
        for (DescribeNode root : tree.roots()) {
            String key = root.key();
            if ("Port".equals(key)) {
                emit(port, service, facts);
                port = new PortBuilder(root.markUsed());
            } else if (port != null && ("TargetPort".equals(key) || "NodePort".equals(key)
                    || "Endpoints".equals(key))) {
                port.add(key, root.markTreeUsed());
            }
        }
        emit(port, service, facts);
        DescribedFields.finish(tree, service, INFORMATIONAL_FIELDS, facts);
        return service;
    }

    private static void emit(PortBuilder port, ObjectRef service, Consumer<Object> facts) {
        if (port != null) {
            facts.accept(port.build(service));
        }
    }

    /** The lines of one port as they are read. */
    private static final class PortBuilder {

        private final DescribeNode port;
        private String targetPort;
        private Integer nodePort;
        private DescribeNode endpoints;

        PortBuilder(DescribeNode port) {
            this.port = port;
        }

        void add(String key, DescribeNode line) {
            Matcher m = PORT.matcher(line.value() == null ? "" : line.value());
            switch (key) {
                case "TargetPort" -> targetPort = line.value() == null ? null : line.value().split("/", 2)[0];
                case "NodePort" -> nodePort = m.matches() ? Integer.valueOf(m.group(2)) : null;
                default -> endpoints = line;
            }
        }

        ServicePort build(ObjectRef service) {
            Matcher m = PORT.matcher(port.value() == null ? "" : port.value());
            boolean parsed = m.matches();
            String name = parsed ? m.group(1) : null;
            return new ServicePort(service, UNSET.equals(name) ? null : name,
                    parsed ? Integer.valueOf(m.group(2)) : null, parsed ? m.group(3) : null, targetPort, nodePort,
                    addresses(), port.source(), endpoints == null ? null : endpoints.source());
        }

        private List<String> addresses() {
            if (endpoints == null || endpoints.value() == null) {
                return List.of();
            }
            String listed = MORE_ENDPOINTS.matcher(endpoints.value()).replaceFirst("");
            return Arrays.stream(listed.split(",")).map(String::strip).filter(a -> !a.isEmpty()).toList();
        }
    }
}
