package dev.kubeadvisor.testing.kubectl;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The fixture server over plain HTTP, without kubectl. */
class FixtureApiServerTest {

    private static final JsonMapper MAPPER = JsonMapper.shared();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String AGGREGATED_DISCOVERY = "application/json;g=apidiscovery.k8s.io;v=v2;"
            + "as=APIGroupDiscoveryList,application/json";

    private FixtureApiServer server;

    @AfterEach
    void stopServer() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void answers_aggregated_discovery_requests_with_plain_json_discovery() throws Exception {
        server = FixtureApiServer.start(List.of());

        HttpResponse<String> groups = get("/apis?timeout=32s", AGGREGATED_DISCOVERY);
        HttpResponse<String> coreResources = get("/api/v1?timeout=32s", "application/json, */*");

        assertThat(groups.headers().firstValue("Content-Type")).contains("application/json");
        assertThat(names(MAPPER.readTree(groups.body()).path("groups"), "name")).containsExactly(
                "apps", "batch", "events.k8s.io", "coordination.k8s.io", "policy", "storage.k8s.io",
                "discovery.k8s.io");
        JsonNode resources = MAPPER.readTree(coreResources.body());
        assertThat(resources.path("kind").asString()).isEqualTo("APIResourceList");
        assertThat(names(resources.path("resources"), "name")).contains("pods", "pods/log", "nodes", "events");
    }

    @Test
    void answers_a_missing_object_with_a_not_found_status() throws Exception {
        server = FixtureApiServer.start(List.of());

        HttpResponse<String> response = get("/apis/apps/v1/namespaces/shop/deployments/checkout");

        assertThat(response.statusCode()).isEqualTo(404);
        JsonNode status = MAPPER.readTree(response.body());
        assertThat(status.path("kind").asString()).isEqualTo("Status");
        assertThat(status.path("reason").asString()).isEqualTo("NotFound");
        assertThat(status.path("message").asString()).isEqualTo("deployments.apps \"checkout\" not found");
    }

    @Test
    void gives_events_the_uid_of_the_object_they_are_about() throws Exception {
        server = FixtureApiServer.start(List.of(
                object("""
                        {"apiVersion": "v1", "kind": "Pod", "metadata": {"name": "web", "namespace": "shop"}}"""),
                object("""
                        {"apiVersion": "v1", "kind": "Event", "metadata": {"namespace": "shop"},
                         "involvedObject": {"kind": "Pod", "name": "web"}, "reason": "BackOff"}""")));

        JsonNode pod = MAPPER.readTree(get("/api/v1/namespaces/shop/pods/web").body());
        String uid = pod.path("metadata").path("uid").asString();
        JsonNode events = MAPPER.readTree(get("/api/v1/namespaces/shop/events?fieldSelector="
                + encode("involvedObject.name=web,involvedObject.namespace=shop,involvedObject.uid=" + uid)).body());

        assertThat(uid).isNotEmpty();
        assertThat(events.path("kind").asString()).isEqualTo("EventList");
        assertThat(names(events.path("items"), "reason")).containsExactly("BackOff");
    }

    @Test
    void filters_lists_by_field_selector_across_namespaces() throws Exception {
        server = FixtureApiServer.start(List.of(
                pod("default", "running", "worker-1", "Running"),
                pod("shop", "finished", "worker-1", "Succeeded"),
                pod("shop", "elsewhere", "worker-2", "Running")));

        JsonNode pods = MAPPER.readTree(get("/api/v1/pods?limit=500&fieldSelector="
                + encode("spec.nodeName=worker-1,status.phase!=Failed,status.phase!=Succeeded")).body());

        assertThat(pods.path("kind").asString()).isEqualTo("PodList");
        assertThat(names(pods.path("items"), "metadata.name")).containsExactly("running");
    }

    @Test
    void filters_lists_by_label_selector_with_apps_v1_list_kinds() throws Exception {
        server = FixtureApiServer.start(List.of(
                replicaSet("checkout-1", "checkout", "stable"),
                replicaSet("checkout-2", "checkout", "canary"),
                replicaSet("search-1", "search", "stable")));

        JsonNode replicaSets = MAPPER.readTree(get("/apis/apps/v1/namespaces/shop/replicasets?labelSelector="
                + encode("app=checkout,track in (stable,beta)")).body());

        assertThat(replicaSets.path("kind").asString()).isEqualTo("ReplicaSetList");
        assertThat(replicaSets.path("apiVersion").asString()).isEqualTo("apps/v1");
        assertThat(names(replicaSets.path("items"), "metadata.name")).containsExactly("checkout-1");
    }

    @Test
    void serves_core_events_in_the_events_k8s_io_shape_too() throws Exception {
        server = FixtureApiServer.start(List.of(object("""
                {"apiVersion": "v1", "kind": "Event", "metadata": {"name": "web.1", "namespace": "shop"},
                 "involvedObject": {"kind": "Pod", "name": "web", "namespace": "shop"}, "reason": "BackOff",
                 "message": "Back-off restarting failed container", "count": 5,
                 "source": {"component": "kubelet", "host": "worker-1"}}""")));

        JsonNode events = MAPPER.readTree(get("/apis/events.k8s.io/v1/namespaces/shop/events?fieldSelector="
                + encode("regarding.name=web")).body());

        JsonNode event = events.path("items").path(0);
        assertThat(events.path("apiVersion").asString()).isEqualTo("events.k8s.io/v1");
        assertThat(event.path("note").asString()).isEqualTo("Back-off restarting failed container");
        assertThat(event.path("deprecatedCount").asInt()).isEqualTo(5);
        assertThat(event.path("reportingController").asString()).isEqualTo("kubelet");
    }

    @Test
    void synthesises_the_lease_of_a_node_that_has_none() throws Exception {
        server = FixtureApiServer.start(List.of(object("""
                {"apiVersion": "v1", "kind": "Node", "metadata": {"name": "worker-1"}}""")));

        JsonNode lease = MAPPER.readTree(
                get("/apis/coordination.k8s.io/v1/namespaces/kube-node-lease/leases/worker-1").body());

        assertThat(lease.path("spec").path("holderIdentity").asString()).isEqualTo("worker-1");
    }

    @Test
    void moves_every_timestamp_so_that_the_newest_is_ten_seconds_old() {
        server = FixtureApiServer.start(List.of(object("""
                {"apiVersion": "v1", "kind": "Event", "metadata": {"name": "web.1", "namespace": "shop",
                  "creationTimestamp": "2025-03-10T09:00:00Z"},
                 "involvedObject": {"kind": "Pod", "name": "web"},
                 "firstTimestamp": "2025-03-10T10:00:00+01:00", "lastTimestamp": "2025-03-10T09:05:00Z",
                 "eventTime": "2025-03-10T09:04:00.000000Z"}""")));

        JsonNode event = server.objects().get(0);
        Instant first = Instant.parse(event.path("firstTimestamp").asString());
        Instant last = Instant.parse(event.path("lastTimestamp").asString());

        assertThat(Duration.between(last, Instant.now()).toMillis()).isCloseTo(10_000, within(1_000L));
        assertThat(Duration.between(first, last)).isEqualTo(Duration.ofMinutes(5));
        assertThat(Instant.parse(event.path("eventTime").asString())).isEqualTo(last.minusSeconds(60));
        assertThat(event.path("eventTime").asString()).matches(".*T.*\\.\\d{6}Z");
    }

    @Test
    void serves_the_log_of_a_pod_container() throws Exception {
        server = FixtureApiServer.start(List.of(pod("shop", "web", "worker-1", "Running")),
                Map.of("app", "listening on :8080\n"));

        HttpResponse<String> log = get("/api/v1/namespaces/shop/pods/web/log?container=app&previous=true");

        assertThat(log.body()).isEqualTo("listening on :8080\n");
    }

    private HttpResponse<String> get(String pathAndQuery) throws IOException, InterruptedException {
        return get(pathAndQuery, "application/vnd.kubernetes.protobuf,application/json");
    }

    private HttpResponse<String> get(String pathAndQuery, String accept) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(server.url() + pathAndQuery))
                .header("Accept", accept)
                .build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static List<String> names(JsonNode array, String dottedPath) {
        return array.values().stream().map(element -> FieldSelector.textAt(element, dottedPath)).toList();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static JsonNode object(String json) {
        return MAPPER.readTree(json);
    }

    private static JsonNode pod(String namespace, String name, String nodeName, String phase) {
        return object("""
                {"apiVersion": "v1", "kind": "Pod", "metadata": {"name": "%s", "namespace": "%s"},
                 "spec": {"nodeName": "%s", "containers": [{"name": "app", "image": "app:1"}]},
                 "status": {"phase": "%s"}}""".formatted(name, namespace, nodeName, phase));
    }

    private static JsonNode replicaSet(String name, String app, String track) {
        return object("""
                {"apiVersion": "apps/v1", "kind": "ReplicaSet",
                 "metadata": {"name": "%s", "namespace": "shop", "labels": {"app": "%s", "track": "%s"}}}"""
                .formatted(name, app, track));
    }
}
