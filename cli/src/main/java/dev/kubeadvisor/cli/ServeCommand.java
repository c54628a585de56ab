package dev.kubeadvisor.cli;

import dev.kubeadvisor.Advisor;
import dev.kubeadvisor.http.KubeAdvisorServer;
import dev.kubeadvisor.http.ServerSettings;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code kube-advisor serve}: the HTTP API and the paste page, until SIGTERM or Ctrl-C, which stop it gracefully
 * (requests in flight finish).
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serves the HTTP API (POST /v1/diagnoses, GET /v1/rules, chat endpoints, /metrics, "
                + "/openapi.json) and a paste page at /.",
                "Environment: KUBE_ADVISOR_TOKEN (bearer token asked of callers), SLACK_SIGNING_SECRET (turns on "
                        + "POST /v1/chatops/slack)."})
final class ServeCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--host", defaultValue = ServerSettings.LOOPBACK,
            description = "address to listen on (default: ${DEFAULT-VALUE}; 0.0.0.0 in a container)")
    private String host;

    @Option(names = "--port", defaultValue = "8080", description = "port; 0 picks a free one (default: ${DEFAULT-VALUE})")
    private int port;

    @Option(names = "--cors-origin", paramLabel = "ORIGIN",
            description = "browser origin allowed to call the API (repeatable); none turns CORS off")
    private List<String> corsOrigins = new ArrayList<>();

    @Option(names = "--max-body-bytes", defaultValue = "1048576",
            description = "largest request body accepted (default: ${DEFAULT-VALUE})")
    private long maxBodyBytes;

    @Option(names = "--evaluation-timeout-ms", defaultValue = "5000",
            description = "longest time one diagnosis may take before the request is answered 503 "
                    + "(default: ${DEFAULT-VALUE})")
    private long evaluationTimeoutMillis;

    @Override
    public Integer call() throws InterruptedException {
        ServerSettings settings = ServerSettings.defaults()
                .withAddress(host, port)
                .withLimits(maxBodyBytes, Duration.ofMillis(evaluationTimeoutMillis))
                .withCorsOrigins(corsOrigins)
                .withSecretsFrom(System.getenv());
        KubeAdvisorServer server = KubeAdvisorServer.start(settings, Advisor.builder().withBuiltInRules().build());
        PrintWriter out = spec.commandLine().getOut();
        out.println("kube-advisor: serving on http://" + host + ":" + server.port() + "/"
                + (settings.token() == null ? "" : " (bearer token required)"));
        out.flush();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "kube-advisor-stop"));
        stopped.await();
        return ExitCodes.OK;
    }
}
