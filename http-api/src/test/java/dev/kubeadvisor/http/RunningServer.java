package dev.kubeadvisor.http;

import dev.kubeadvisor.Advisor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/** A real server on a free loopback port and an HTTP client that talks to it. */
final class RunningServer implements AutoCloseable {

    static final Path FIXTURES = Path.of(System.getProperty("fixtures.dir", "../fixtures"));
    /** The seed's pod: exit code 255 once, restarted, running again. */
    static final Path EXIT_255 = FIXTURES.resolve("rules/container-exit-255/fires-seed-restart-count-one/describe.txt");
    static final Path OOM = FIXTURES.resolve("rules/container-oom-killed/fires-crash-loop-after-oom/describe.txt");

    private static Advisor advisor;
    private static RunningServer shared;

    final KubeAdvisorServer server;
    final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private RunningServer(ServerSettings settings) {
        this.server = KubeAdvisorServer.start(settings.withAddress(ServerSettings.LOOPBACK, 0), advisor());
    }

    static RunningServer start() {
        return new RunningServer(ServerSettings.defaults());
    }

    static RunningServer start(ServerSettings settings) {
        return new RunningServer(settings);
    }

    /** A server with the default settings, shared by the tests that change nothing; it stops with the JVM. */
    static synchronized RunningServer shared() {
        if (shared == null) {
            shared = start();
        }
        return shared;
    }

    /** One advisor for all tests: building it loads the rules, which takes a second. */
    static synchronized Advisor advisor() {
        if (advisor == null) {
            advisor = Advisor.builder().withBuiltInRules().build();
        }
        return advisor;
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.port() + path);
    }

    HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30));
    }

    HttpResponse<String> get(String path) {
        return send(request(path).GET().build());
    }

    HttpResponse<String> post(String path, String contentType, String body) {
        return send(request(path).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.close();
    }
}
