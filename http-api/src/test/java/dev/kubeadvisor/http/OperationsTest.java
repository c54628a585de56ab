package dev.kubeadvisor.http;

import static dev.kubeadvisor.http.RunningServer.OOM;
import static dev.kubeadvisor.http.RunningServer.read;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class OperationsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final RunningServer server = RunningServer.shared();

    @Test
    void health_says_up_and_readiness_says_the_rules_are_loaded() {
        assertThat(server.get("/healthz").statusCode()).isEqualTo(200);
        HttpResponse<String> ready = server.get("/readyz");
        assertThat(ready.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(ready.body()).path("rules").asInt())
                .isEqualTo(RunningServer.advisor().rules().size()).isPositive();
    }

    @Test
    void metrics_count_requests_per_route_with_a_latency_histogram_diagnoses_per_rule_and_rejections_per_reason() {
        server.post("/v1/diagnoses", "text/plain", read(OOM));
        server.post("/v1/diagnoses", "application/xml", "<pod/>");

        HttpResponse<String> metrics = server.get("/metrics");

        assertThat(metrics.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/plain");
        assertThat(metrics.body())
                .containsPattern("kube_advisor_http_requests_seconds_count\\{method=\"POST\",route=\"/v1/diagnoses\","
                        + "status=\"200\"} [1-9]")
                .containsPattern("kube_advisor_http_requests_seconds_bucket\\{method=\"POST\",route=\"/v1/diagnoses\","
                        + "status=\"415\",le=\"0.02\"} [0-9]")
                .containsPattern("kube_advisor_diagnoses_total\\{rule=\"container-oom-killed\"} [1-9]")
                .containsPattern("kube_advisor_rejected_requests_total\\{reason=\"unsupported-media-type\"} [1-9]")
                .contains("kube_advisor_http_requests_in_flight");
    }

    @Test
    void the_openapi_document_describes_every_registered_route() {
        JsonNode document = JSON.readTree(server.get("/openapi.json").body());
        assertThat(document.path("openapi").asString()).startsWith("3.1");

        List<String> documented = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
            path.getValue().propertyNames().forEach(method -> documented.add(method.toUpperCase() + " " + path.getKey()));
        }
        assertThat(server.server.routes()).isNotEmpty().contains("POST /v1/diagnoses");
        assertThat(documented).containsExactlyInAnyOrderElementsOf(server.server.routes());
    }

    @Test
    void serves_the_paste_page_and_its_script_and_style() {
        HttpResponse<String> page = server.get("/");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        assertThat(page.body()).contains("<textarea id=\"input\"").contains("/app.js").contains("/style.css");
        assertThat(server.get("/app.js").body()).contains("/v1/diagnoses");
        assertThat(server.get("/style.css").statusCode()).isEqualTo(200);
    }
}
