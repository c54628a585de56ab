package dev.kubeadvisor.http;

import dev.kubeadvisor.Advisor;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import io.javalin.json.JavalinJackson3;
import io.javalin.router.Endpoint;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The HTTP face of the advisor. Every route, the checks that run before them, and the mapping of every error to a
 * problem answer are configured in {@link #configure}; the handlers are small and live beside it.
 */
public final class KubeAdvisorServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(KubeAdvisorServer.class);
    /** How long a stop waits for requests in flight (under Kubernetes' default 30 s grace period). */
    static final Duration STOP_TIMEOUT = Duration.ofSeconds(20);
    /** How long a request in flight may stay silent during a stop (Jetty's default, 1 s, cuts slow uploads). */
    static final Duration STOP_IDLE_TIMEOUT = Duration.ofSeconds(10);
    /** Open without the bearer token: probes, Slack (which signs its requests instead) and the static page. */
    private static final Set<String> OPEN_PATHS = Set.of("/healthz", "/readyz", "/v1/chatops/slack", "/",
            "/app.js", "/style.css");
    private static final String STARTED_AT = "kube-advisor.started-at";

    private final ServerSettings settings;
    private final Advisor advisor;
    private final ServerMetrics metrics = new ServerMetrics();
    private final Evaluator evaluator;
    private final ApiHandlers handlers;
    private final BearerToken token;
    private final AtomicBoolean stopping = new AtomicBoolean();
    /** Counts the requests in flight, and makes a stop wait for them. */
    private final GracefulHandler inFlight = new GracefulHandler();
    private final Javalin app;

    private KubeAdvisorServer(ServerSettings settings, Advisor advisor) {
        this.settings = settings;
        this.advisor = advisor;
        JsonMapper json = JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
        this.evaluator = new Evaluator(advisor, settings.evaluationTimeout());
        this.handlers = new ApiHandlers(advisor, evaluator, new RequestBodies(settings.maxBodyBytes(), json), metrics,
                settings.slackSigningSecret());
        this.token = settings.token() == null ? null : new BearerToken(settings.token());
        this.inFlight.setShutdownIdleTimeout(STOP_IDLE_TIMEOUT.toMillis());
        this.app = Javalin.create(config -> configure(config, json));
        metrics.inFlight(inFlight::getCurrentRequestCount);
    }

    /** Warms the advisor up, then starts serving: the server is ready when this returns. */
    public static KubeAdvisorServer start(ServerSettings settings, Advisor advisor) {
        KubeAdvisorServer server = new KubeAdvisorServer(settings, advisor);
        server.evaluator.warmUp();
        server.app.start(settings.host(), settings.port());
        return server;
    }

    private void configure(JavalinConfig config, JsonMapper json) {
        config.jsonMapper(new JavalinJackson3(json, false));
        config.startup.showJavalinBanner = false;
        config.http.maxRequestSize = settings.maxBodyBytes();
        config.jetty.modifyServer(server -> {
            server.setStopTimeout(STOP_TIMEOUT.toMillis());
            server.setHandler(inFlight);
        });
        config.events.serverStopping(() -> stopping.set(true));
        if (!settings.corsOrigins().isEmpty()) {
            List<String> origins = settings.corsOrigins();
            config.bundledPlugins.enableCors(cors -> cors.addRule(rule -> rule.allowHost(origins.get(0),
                    origins.subList(1, origins.size()).toArray(String[]::new))));
        }

        config.routes.before(ctx -> {
            ctx.attribute(STARTED_AT, System.nanoTime());
            if (token != null && !OPEN_PATHS.contains(ctx.path())) {
                token.check(ctx.header("Authorization"));
            }
        });
        config.routes.after(this::recordRequest);

        config.routes.get("/healthz", ctx -> ctx.json(Map.of("status", "up")));
        config.routes.get("/readyz", this::readiness);
        config.routes.get("/metrics", ctx -> ctx.contentType(ServerMetrics.MEDIA_TYPE).result(metrics.scrape()));
        config.routes.get("/openapi.json", page("openapi.json", "application/json"));
        config.routes.get("/", page("index.html", "text/html; charset=utf-8"));
        config.routes.get("/app.js", page("app.js", "text/javascript; charset=utf-8"));
        config.routes.get("/style.css", page("style.css", "text/css; charset=utf-8"));
        config.routes.post("/v1/diagnoses", handlers::diagnoses);
        config.routes.get("/v1/rules", handlers::rules);
        config.routes.get("/v1/rules/{id}", handlers::rule);
        config.routes.post("/v1/chatops/slack", handlers::slack);
        config.routes.post("/v1/chatops/webhook", handlers::webhook);

        config.routes.exception(ProblemException.class, (e, ctx) -> problem(ctx, e.problem()));
        config.routes.exception(HttpResponseException.class, (e, ctx) -> problem(ctx,
                Problem.of(reasonOf(e.getStatus()), HttpStatus.forStatus(e.getStatus()).getMessage(), e.getStatus(),
                        e.getMessage())));
        config.routes.exception(Exception.class, (e, ctx) -> {
            LOG.error("internal error answering {} {}", ctx.method(), ctx.path(), e);
            problem(ctx, Problem.of("internal-error", "Internal server error", 500,
                    "the server failed to answer; the error is in its log"));
        });
        config.routes.error(404, ctx -> {
            if (!Problem.MEDIA_TYPE.equals(ctx.res().getContentType())) {
                problem(ctx, Problem.of("not-found", "Not found", 404, "no route " + ctx.method() + " "
                        + ctx.path() + "; GET /openapi.json lists them"));
            }
        });
    }

    private static io.javalin.http.Handler page(String name, String mediaType) {
        StaticPage page = StaticPage.load(name, mediaType);
        return ctx -> ctx.contentType(page.mediaType()).result(page.content());
    }

    private void readiness(Context ctx) {
        boolean ready = !stopping.get() && !advisor.rules().isEmpty();
        ctx.status(ready ? 200 : 503).json(Map.of("status", ready ? "ready" : "stopping",
                "rules", advisor.rules().size()));
    }

    private void problem(Context ctx, Problem problem) {
        metrics.rejected(problem.reason());
        if (problem.status() == 401) {
            ctx.header("WWW-Authenticate", "Bearer");
        }
        ctx.status(problem.status()).json(problem);
        ctx.contentType(Problem.MEDIA_TYPE);
    }

    private static String reasonOf(int status) {
        return switch (status) {
            case 404 -> "not-found";
            case 405 -> "method-not-allowed";
            case 413 -> "body-too-large";
            default -> "http-" + status;
        };
    }

    private void recordRequest(Context ctx) {
        Long startedAt = ctx.attribute(STARTED_AT);
        if (startedAt == null) {
            return;
        }
        Endpoint endpoint = ctx.endpoints().matchedHttpEndpoint();
        metrics.request(ctx.method().name(), endpoint == null ? "unmatched" : endpoint.path, ctx.statusCode(),
                Duration.ofNanos(System.nanoTime() - startedAt));
    }

    /** The port the server listens on (useful when it was started on port 0). */
    public int port() {
        return app.port();
    }

    long requestsInFlight() {
        return inFlight.getCurrentRequestCount();
    }

    /** The addresses the server's connectors listen on. */
    List<String> listeningHosts() {
        return Arrays.stream(app.jettyServer().server().getConnectors())
                .map(connector -> ((ServerConnector) connector).getHost())
                .toList();
    }

    /** Every registered route as "METHOD path", as the router holds them. */
    public List<String> routes() {
        return app.unsafe.internalRouter.allHttpHandlers().stream()
                .map(parsed -> parsed.endpoint)
                .filter(endpoint -> endpoint.method.isHttpMethod())
                .map(endpoint -> endpoint.method.name() + " " + endpoint.path)
                .toList();
    }

    /** Stops accepting connections, lets requests in flight finish (up to {@link #STOP_TIMEOUT}), then stops. */
    @Override
    public void close() {
        app.stop();
        evaluator.close();
    }
}
