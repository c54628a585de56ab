package dev.kubeadvisor.http;

import static dev.kubeadvisor.http.RunningServer.EXIT_255;
import static dev.kubeadvisor.http.RunningServer.read;
import static dev.kubeadvisor.http.SafetyTest.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ChatOpsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String SECRET = "8f742231b10e8888abcd99yyyzzz85a5";
    private static RunningServer server;

    @BeforeAll
    static void start() {
        server = RunningServer.start(ServerSettings.defaults().withSlackSigningSecret(SECRET).withToken("api-token"));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void answers_a_signed_slash_command_with_blocks_naming_the_cause_its_evidence_and_its_commands() {
        HttpResponse<String> response = server.send(slashCommand(read(EXIT_255), now(), SECRET));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode message = JSON.readTree(response.body());
        assertThat(message.path("response_type").asString()).isEqualTo("ephemeral");
        JsonNode blocks = message.path("blocks");
        assertThat(blocks.get(0).path("type").asString()).isEqualTo("header");
        StringBuilder texts = new StringBuilder();
        blocks.findValues("text").forEach(text -> texts.append(text.path("text").asString()).append('\n'));
        assertThat(blocks.get(1).path("text").path("text").asString()).contains("container-exit-255");
        assertThat(texts.toString()).contains("*Evidence*\n```").contains("slack:26  Exit Code:    255")
                .contains("```kubectl logs quote-app-5d8f7c9b4-x2k8p");
    }

    @Test
    void refuses_a_wrong_signature_a_stale_timestamp_and_a_replay() {
        assertProblem(server.send(slashCommand(read(EXIT_255), now(), "another-secret")), 401,
                "slack-signature-invalid");
        assertProblem(server.send(slashCommand(read(EXIT_255), now() - 6 * 60, SECRET)), 401,
                "slack-timestamp-stale");
        HttpRequest once = slashCommand(read(EXIT_255) + "\n", now(), SECRET);
        assertThat(server.send(once).statusCode()).isEqualTo(200);
        assertProblem(server.send(once), 401, "slack-replay");
        assertProblem(server.send(server.request("/v1/chatops/slack")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("text=x")).build()), 401, "slack-signature-missing");
    }

    @Test
    void tells_slack_users_in_a_message_when_there_is_nothing_to_diagnose() {
        HttpResponse<String> response = server.send(slashCommand("hello", now(), SECRET));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(response.body()).path("text").asString()).contains("could not diagnose");
    }

    @Test
    void the_slack_endpoint_is_off_without_a_signing_secret() {
        try (RunningServer withoutSlack = RunningServer.start()) {
            assertProblem(withoutSlack.send(slashCommand(withoutSlack, read(EXIT_255), now(), SECRET)), 503,
                    "slack-not-configured");
        }
    }

    @Test
    void the_webhook_answers_json_text_with_a_markdown_message() {
        HttpResponse<String> response = server.send(server.request("/v1/chatops/webhook")
                .header("Content-Type", "application/json").header("Authorization", "Bearer api-token")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("text", read(EXIT_255)))))
                .build());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/markdown");
        assertThat(response.body()).startsWith("**kube-advisor: unhealthy (Pod/default/quote-app-5d8f7c9b4-x2k8p)**")
                .contains("`container-exit-255`").contains("**Evidence**\n\n```\nmessage:")
                .contains("   ```\n   kubectl logs quote-app-5d8f7c9b4-x2k8p");
    }

    private static long now() {
        return Instant.now().getEpochSecond();
    }

    private static HttpRequest slashCommand(String text, long timestamp, String secret) {
        return slashCommand(server, text, timestamp, secret);
    }

    private static HttpRequest slashCommand(RunningServer target, String text, long timestamp, String secret) {
        String body = "token=unused&team_id=T0001&command=%2Fkube-advisor&text="
                + URLEncoder.encode(text, StandardCharsets.UTF_8) + "&response_url=https%3A%2F%2Fhooks.example.com";
        return target.request("/v1/chatops/slack")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-Slack-Request-Timestamp", Long.toString(timestamp))
                .header("X-Slack-Signature", "v0=" + hmac(secret, "v0:" + timestamp + ":" + body))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    private static String hmac(String secret, String message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
