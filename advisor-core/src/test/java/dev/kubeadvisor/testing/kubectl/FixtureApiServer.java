package dev.kubeadvisor.testing.kubectl;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A read-only Kubernetes API server on loopback that serves the objects of a fixture, enough for the real
 * {@code kubectl describe} (1.27 to 1.33), {@code get} (with the server-side Table of pods and events), {@code get -o
 * json}, {@code events} and {@code logs} to work against it.
 *
 * <p>Fixture timestamps are absolute. Every response moves all of them by one offset, chosen at the time of the
 * response, so that the newest timestamp of the fixture is {@value #NEWEST_AGE_SECONDS} seconds old: the ages kubectl
 * prints (e.g. {@code 5m10s} for an event five minutes older than the newest) do not depend on when the test runs.
 */
public final class FixtureApiServer implements AutoCloseable {

    static final int NEWEST_AGE_SECONDS = 10;

    private static final JsonMapper MAPPER = JsonMapper.shared();

    static {
        // The JDK server writes headers and body as two TCP segments; with Nagle's algorithm the body then waits for
        // the client's delayed ACK, adding ~40 ms to each of the dozen requests of a kubectl run. The property is read
        // once, when the first server of the JVM starts.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    private final FixtureObjects objects;
    private final Map<String, String> logsByContainer;
    private final Optional<Instant> newestTimestamp;
    private final HttpServer httpServer;

    private FixtureApiServer(List<? extends JsonNode> objects, Map<String, String> logsByContainer)
            throws IOException {
        this.objects = new FixtureObjects(objects);
        this.logsByContainer = Map.copyOf(logsByContainer);
        this.newestTimestamp = Timestamps.newest(this.objects.all());
        this.httpServer = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        httpServer.createContext("/", this::handle);
        httpServer.start();
    }

    /**
     * Serves the objects of {@code objectsJson}: a {@code List} (as {@code kubectl get -o json} writes), an array or
     * one object.
     */
    public static FixtureApiServer start(Path objectsJson) {
        return start(FixtureObjects.read(objectsJson), Map.of());
    }

    public static FixtureApiServer start(Path objectsJson, Map<String, String> logsByContainer) {
        return start(FixtureObjects.read(objectsJson), logsByContainer);
    }

    public static FixtureApiServer start(List<? extends JsonNode> objects) {
        return start(objects, Map.of());
    }

    /** {@code logsByContainer} answers {@code pods/<name>/log} requests (current and previous) by container name. */
    public static FixtureApiServer start(List<? extends JsonNode> objects, Map<String, String> logsByContainer) {
        try {
            return new FixtureApiServer(objects, logsByContainer);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the fixture API server", e);
        }
    }

    public URI url() {
        return URI.create("http://127.0.0.1:" + httpServer.getAddress().getPort());
    }

    /** The fixture objects as the server serves them at this moment: completed, with timestamps moved. */
    public List<JsonNode> objects() {
        Duration offset = timestampOffset();
        return objects.all().stream().map(object -> Timestamps.shifted(object, offset)).toList();
    }

    @Override
    public void close() {
        httpServer.stop(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        Reply reply;
        try {
            reply = exchange.getRequestMethod().equals("GET")
                    ? route(exchange.getRequestURI().getPath(), queryOf(exchange.getRequestURI()),
                            exchange.getRequestHeaders().getFirst("Accept"))
                    : Reply.status(405, "MethodNotAllowed", "the fixture server is read-only", null);
        } catch (IllegalArgumentException e) {
            reply = Reply.status(400, "BadRequest", e.getMessage(), null);
        } catch (RuntimeException e) {
            reply = Reply.status(500, "InternalError", "fixture server: " + e, null);
        }
        byte[] body = reply.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", reply.contentType());
        exchange.sendResponseHeaders(reply.code(), body.length == 0 ? -1 : body.length);
        try (var output = exchange.getResponseBody()) {
            output.write(body);
        }
    }

    private Reply route(String path, Map<String, String> query, String accept) {
        switch (path) {
            case "/version":
                return Reply.json(Discovery.version());
            case "/api":
                return Reply.json(Discovery.apiVersions(url().getAuthority()));
            case "/apis":
                return Reply.json(Discovery.apiGroupList());
            default:
                break;
        }
        List<String> segments = Arrays.stream(path.split("/")).filter(segment -> !segment.isEmpty()).toList();
        if (segments.size() >= 2 && segments.get(0).equals("api")) {
            return routeGroupVersion("", segments.get(1), segments.subList(2, segments.size()), query, accept);
        }
        if (segments.size() >= 3 && segments.get(0).equals("apis")) {
            return routeGroupVersion(segments.get(1), segments.get(2), segments.subList(3, segments.size()), query,
                    accept);
        }
        return Reply.notFound();
    }

    private Reply routeGroupVersion(String group, String version, List<String> rest, Map<String, String> query,
                                    String accept) {
        if (rest.isEmpty()) {
            List<ResourceType> types = ResourceCatalog.inGroupVersion(group, version);
            return types.isEmpty() ? Reply.notFound() : Reply.json(Discovery.apiResourceList(types));
        }
        Optional<ResourcePath> resourcePath = ResourcePath.parse(group, version, rest);
        if (resourcePath.isEmpty()) {
            return Reply.notFound();
        }
        ResourcePath target = resourcePath.get();
        if (target.subresource() != null) {
            return target.type() == ResourceCatalog.PODS && target.subresource().equals("log")
                    ? log(target, query)
                    : Reply.notFound();
        }
        Reply reply = target.name() == null ? list(target, query) : get(target);
        return ServerTable.wanted(accept) && ServerTable.supports(target.type()) && reply.code() == 200
                ? Reply.json(ServerTable.of(target.type(), itemsOf(reply.body()), Instant.now())) : reply;
    }

    /** The objects of a list reply, or the one object of a get reply, for a Table of them. */
    private static List<JsonNode> itemsOf(String body) {
        JsonNode document = MAPPER.readTree(body);
        return document.has("items") ? List.copyOf(document.path("items").values()) : List.of(document);
    }

    private Reply get(ResourcePath target) {
        Optional<ObjectNode> object = target.type() == ResourceCatalog.EVENTS_V1
                ? objects.get(ResourceCatalog.CORE_EVENTS, target.namespace(), target.name())
                        .map(CoreEventConversion::toEventsV1)
                : objects.get(target.type(), target.namespace(), target.name());
        if (object.isEmpty()) {
            object = impliedObject(target);
        }
        return object.map(found -> Reply.json(Timestamps.shifted(found, timestampOffset())))
                .orElseGet(() -> Reply.objectNotFound(target));
    }

    private Optional<ObjectNode> impliedObject(ResourcePath target) {
        if (target.type() == ResourceCatalog.LEASES && target.namespace().equals("kube-node-lease")) {
            return objects.get(ResourceCatalog.NODES, null, target.name()).map(node ->
                    ImpliedObjects.nodeLease(node, newestTimestamp.orElseGet(Instant::now)));
        }
        if (target.type() == ResourceCatalog.NAMESPACES && objects.namespacesInUse().contains(target.name())) {
            return Optional.of(ImpliedObjects.namespace(target.name()));
        }
        return Optional.empty();
    }

    private Reply list(ResourcePath target, Map<String, String> query) {
        List<? extends JsonNode> items = target.type() == ResourceCatalog.EVENTS_V1
                ? objects.list(ResourceCatalog.CORE_EVENTS, target.namespace()).stream()
                        .map(CoreEventConversion::toEventsV1).toList()
                : objects.list(target.type(), target.namespace());
        FieldSelector fieldSelector = FieldSelector.parse(query.getOrDefault("fieldSelector", ""));
        LabelSelector labelSelector = LabelSelector.parse(query.getOrDefault("labelSelector", ""));
        ObjectNode list = MAPPER.createObjectNode()
                .put("kind", target.type().listKind())
                .put("apiVersion", target.type().groupVersion());
        list.putObject("metadata").put("resourceVersion", "1");
        var array = list.putArray("items");
        items.stream().filter(item -> fieldSelector.matches(item) && labelSelector.matches(item)).forEach(array::add);
        return Reply.json(Timestamps.shifted(list, timestampOffset()));
    }

    private Reply log(ResourcePath target, Map<String, String> query) {
        Optional<ObjectNode> pod = objects.get(ResourceCatalog.PODS, target.namespace(), target.name());
        if (pod.isEmpty()) {
            return Reply.objectNotFound(target);
        }
        String container = query.getOrDefault("container",
                pod.get().path("spec").path("containers").path(0).path("name").asString());
        return new Reply(200, "text/plain", logsByContainer.getOrDefault(container, ""));
    }

    private Duration timestampOffset() {
        Instant target = Instant.now().minusSeconds(NEWEST_AGE_SECONDS);
        return newestTimestamp.map(newest -> Duration.between(newest, target)).orElse(Duration.ZERO);
    }

    private static Map<String, String> queryOf(URI uri) {
        var query = new HashMap<String, String>();
        if (uri.getRawQuery() != null) {
            for (String parameter : uri.getRawQuery().split("&")) {
                String[] nameAndValue = parameter.split("=", 2);
                query.put(decode(nameAndValue[0]), nameAndValue.length == 2 ? decode(nameAndValue[1]) : "");
            }
        }
        return query;
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }
}
