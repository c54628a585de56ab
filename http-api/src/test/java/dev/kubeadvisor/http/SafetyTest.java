package dev.kubeadvisor.http;

import static dev.kubeadvisor.http.RunningServer.OOM;
import static dev.kubeadvisor.http.RunningServer.read;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class SafetyTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void a_body_over_the_cap_is_refused_with_413_whether_its_length_is_declared_or_not() {
        try (RunningServer server = RunningServer.start(ServerSettings.defaults().withLimits(2048,
                ServerSettings.DEFAULT_EVALUATION_TIMEOUT))) {
            String big = "x".repeat(4096);
            assertProblem(server.post("/v1/diagnoses", "text/plain", big), 413, "body-too-large");

            HttpRequest streamed = server.request("/v1/diagnoses").header("Content-Type", "text/plain")
                    .POST(HttpRequest.BodyPublishers.ofInputStream(
                            () -> new java.io.ByteArrayInputStream(big.getBytes(StandardCharsets.UTF_8))))
                    .build();
            assertProblem(server.send(streamed), 413, "body-too-large");
        }
    }

    @Test
    void the_default_cap_is_one_mebibyte() {
        try (RunningServer server = RunningServer.start()) {
            assertProblem(server.post("/v1/diagnoses", "text/plain", "x".repeat(1024 * 1024 + 1)), 413,
                    "body-too-large");
        }
    }

    @Test
    void other_content_types_are_refused_with_415() {
        try (RunningServer server = RunningServer.start()) {
            JsonNode problem = assertProblem(server.post("/v1/diagnoses", "application/xml", "<pod/>"), 415,
                    "unsupported-media-type");
            assertThat(problem.path("detail").asString()).contains("application/xml").contains("text/plain");
            assertProblem(server.post("/v1/chatops/webhook", "text/plain", "hello"), 415, "unsupported-media-type");
        }
    }

    @Test
    void malformed_json_is_refused_with_400_naming_where_it_broke() {
        try (RunningServer server = RunningServer.start()) {
            JsonNode problem = assertProblem(server.post("/v1/diagnoses", "application/json",
                    "{\n  \"inputs\": [ {\"name\": \"d.txt\", \"content\": oops} ]\n}"), 400, "malformed-json");
            assertThat(problem.path("detail").asString()).contains("line 2, column");

            JsonNode wrongShape = assertProblem(server.post("/v1/diagnoses", "application/json",
                    "{\"inputs\": [], \"formats\": \"json\"}"), 400, "malformed-json");
            assertThat(wrongShape.path("detail").asString()).contains("formats");

            assertProblem(server.post("/v1/diagnoses", "application/json", "{\"inputs\": []}"), 400,
                    "invalid-request");
        }
    }

    @Test
    void input_with_nothing_recognisable_is_refused_with_422_saying_so_and_the_server_keeps_serving() {
        try (RunningServer server = RunningServer.start()) {
            JsonNode problem = assertProblem(server.post("/v1/diagnoses", "text/plain", "hello world\n"), 422,
                    "unrecognised-input");
            assertThat(problem.path("detail").asString()).contains("no kubectl output recognised");

            assertThat(server.post("/v1/diagnoses", "text/plain", read(OOM)).statusCode()).isEqualTo(200);
        }
    }

    @Test
    void errors_are_problem_documents_without_a_stack_trace() {
        try (RunningServer server = RunningServer.start()) {
            for (HttpResponse<String> response : List.of(server.get("/no/such/route"),
                    server.post("/v1/diagnoses", "text/plain", "\u0000\u0001binary"),
                    server.post("/healthz", "text/plain", "x"))) {
                assertThat(response.statusCode()).isBetween(400, 499);
                assertThat(response.headers().firstValue("Content-Type").orElseThrow())
                        .startsWith(Problem.MEDIA_TYPE);
                JsonNode problem = JSON.readTree(response.body());
                assertThat(problem.propertyNames()).contains("type", "title", "status", "detail");
                assertThat(problem.path("status").asInt()).isEqualTo(response.statusCode());
                assertThat(response.body()).doesNotContain("\tat ").doesNotContain("Exception");
            }
        }
    }

    @Test
    void with_a_token_every_route_but_health_and_the_signed_slack_route_asks_for_it() {
        try (RunningServer server = RunningServer.start(ServerSettings.defaults().withToken("s3cret-t0ken"))) {
            assertProblem(server.post("/v1/diagnoses", "text/plain", read(OOM)), 401, "token-missing");
            assertProblem(server.send(server.request("/v1/rules").header("Authorization", "Bearer wrong").GET()
                    .build()), 401, "token-invalid");
            assertProblem(server.get("/metrics"), 401, "token-missing");
            assertThat(server.send(server.request("/v1/rules").header("Authorization", "Bearer s3cret-t0ken").GET()
                    .build()).statusCode()).isEqualTo(200);
            assertThat(server.get("/healthz").statusCode()).isEqualTo(200);
            assertThat(server.get("/readyz").statusCode()).isEqualTo(200);
        }
    }

    @Test
    void listens_on_loopback_only_unless_told_otherwise() {
        assertThat(ServerSettings.defaults().host()).isEqualTo("127.0.0.1");
        try (RunningServer server = RunningServer.start()) {
            assertThat(server.server.listeningHosts()).containsOnly("127.0.0.1");
        }
    }

    @Test
    void cors_headers_are_sent_only_to_listed_origins() {
        HttpRequest.Builder fromBrowser = HttpRequest.newBuilder().header("Origin", "https://ide.example.com");
        try (RunningServer closed = RunningServer.start()) {
            HttpResponse<String> response = closed.send(fromBrowser.uri(closed.uri("/v1/rules")).GET().build());
            assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
        }
        try (RunningServer open = RunningServer.start(ServerSettings.defaults()
                .withCorsOrigins(List.of("https://ide.example.com")))) {
            HttpResponse<String> listed = open.send(fromBrowser.uri(open.uri("/v1/rules")).GET().build());
            assertThat(listed.headers().firstValue("Access-Control-Allow-Origin")).hasValue("https://ide.example.com");
            HttpResponse<String> other = open.send(HttpRequest.newBuilder(open.uri("/v1/rules"))
                    .header("Origin", "https://elsewhere.example.com").GET().build());
            assertThat(other.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
        }
    }

    @Test
    void an_evaluation_over_the_time_cap_is_answered_503_and_the_server_keeps_serving() {
        String manyPods = manyPods(400);
        try (RunningServer server = RunningServer.start(ServerSettings.defaults().withLimits(8L * 1024 * 1024,
                Duration.ofMillis(1)))) {
            JsonNode problem = assertProblem(server.post("/v1/diagnoses", "text/plain", manyPods), 503,
                    "evaluation-timeout");
            assertThat(problem.path("detail").asString()).contains("1 ms");
            assertThat(server.get("/healthz").statusCode()).isEqualTo(200);
            assertThat(server.get("/v1/rules").statusCode()).isEqualTo(200);
        }
    }

    @Test
    void request_bodies_never_reach_the_log() {
        PrintStream original = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try (RunningServer server = RunningServer.start()) {
            server.post("/v1/diagnoses", "text/plain", read(OOM) + "\nmarker-7f3a9c\n");
            server.post("/v1/diagnoses", "text/plain", "marker-7f3a9c nothing to see");
            server.post("/v1/diagnoses", "application/json", "{\"inputs\": marker-7f3a9c");
        } finally {
            System.setErr(original);
        }
        assertThat(captured.toString(StandardCharsets.UTF_8)).doesNotContain("marker-7f3a9c");
    }

    private static String manyPods(int count) {
        String describe = read(OOM);
        StringBuilder all = new StringBuilder();
        for (int i = 0; i < count; i++) {
            all.append(describe.replace("orders-api-6b7f9c8d5-q2w8z", "orders-api-6b7f9c8d5-" + i));
        }
        return all.toString();
    }

    static JsonNode assertProblem(HttpResponse<String> response, int status, String reason) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith(Problem.MEDIA_TYPE);
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.path("type").asString()).isEqualTo("urn:kube-advisor:problem:" + reason);
        assertThat(problem.path("status").asInt()).isEqualTo(status);
        assertThat(problem.path("title").asString()).isNotBlank();
        assertThat(problem.path("detail").asString()).isNotBlank();
        return problem;
    }
}
