package dev.kubeadvisor.http;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * How the server runs. Secrets come from the environment only: {@code KUBE_ADVISOR_TOKEN} (bearer token asked of
 * every caller but the health checks, the Slack endpoint that signs instead, and the static page) and
 * {@code SLACK_SIGNING_SECRET}.
 *
 * @param host               the address to listen on; loopback unless told otherwise
 * @param port               the port; 0 picks a free one
 * @param maxBodyBytes       the largest request body accepted (413 beyond)
 * @param evaluationTimeout  the longest one diagnosis may take before the request is answered 503
 * @param token              the bearer token callers must present, or null for none
 * @param corsOrigins        the browser origins allowed to call the API; empty turns CORS off
 * @param slackSigningSecret the Slack app's signing secret, or null when the Slack endpoint is not set up
 */
public record ServerSettings(String host, int port, long maxBodyBytes, Duration evaluationTimeout, String token,
                             List<String> corsOrigins, String slackSigningSecret) {

    public static final String LOOPBACK = "127.0.0.1";
    public static final int DEFAULT_PORT = 8080;
    public static final long DEFAULT_MAX_BODY_BYTES = 1024 * 1024;
    public static final Duration DEFAULT_EVALUATION_TIMEOUT = Duration.ofSeconds(5);

    public ServerSettings {
        corsOrigins = List.copyOf(corsOrigins);
        token = blankToNull(token);
        slackSigningSecret = blankToNull(slackSigningSecret);
    }

    /** Loopback, port 8080, 1 MiB bodies, a 5 s evaluation cap, no token, no CORS, no Slack. */
    public static ServerSettings defaults() {
        return new ServerSettings(LOOPBACK, DEFAULT_PORT, DEFAULT_MAX_BODY_BYTES, DEFAULT_EVALUATION_TIMEOUT, null,
                List.of(), null);
    }

    /** These settings with the secrets read from the given environment. */
    public ServerSettings withSecretsFrom(Map<String, String> environment) {
        return new ServerSettings(host, port, maxBodyBytes, evaluationTimeout, environment.get("KUBE_ADVISOR_TOKEN"),
                corsOrigins, environment.get("SLACK_SIGNING_SECRET"));
    }

    public ServerSettings withAddress(String newHost, int newPort) {
        return new ServerSettings(newHost, newPort, maxBodyBytes, evaluationTimeout, token, corsOrigins,
                slackSigningSecret);
    }

    public ServerSettings withLimits(long newMaxBodyBytes, Duration newEvaluationTimeout) {
        return new ServerSettings(host, port, newMaxBodyBytes, newEvaluationTimeout, token, corsOrigins,
                slackSigningSecret);
    }

    public ServerSettings withToken(String newToken) {
        return new ServerSettings(host, port, maxBodyBytes, evaluationTimeout, newToken, corsOrigins,
                slackSigningSecret);
    }

    public ServerSettings withCorsOrigins(List<String> origins) {
        return new ServerSettings(host, port, maxBodyBytes, evaluationTimeout, token, origins, slackSigningSecret);
    }

    public ServerSettings withSlackSigningSecret(String secret) {
        return new ServerSettings(host, port, maxBodyBytes, evaluationTimeout, token, corsOrigins, secret);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
