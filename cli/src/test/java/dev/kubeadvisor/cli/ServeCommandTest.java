package dev.kubeadvisor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** {@code kube-advisor serve} as a real process: it serves, and SIGTERM lets the request in flight finish. */
class ServeCommandTest {

    private static final Path OOM = Path.of(System.getProperty("fixtures.dir", "../fixtures"))
            .resolve("rules/container-oom-killed/fires-crash-loop-after-oom/describe.txt");
    private static final Pattern SERVING = Pattern.compile("serving on http://127\\.0\\.0\\.1:(\\d+)/");
    private static final Pattern IN_FLIGHT = Pattern.compile("kube_advisor_http_requests_in_flight (\\d+)");

    private final HttpClient client = HttpClient.newHttpClient();

    @Test
    void sigterm_stops_the_server_after_the_request_in_flight_is_answered() throws Exception {
        Process process = new ProcessBuilder(List.of(Paths.get(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx192m", "-cp", classPath(), KubeAdvisorCommand.class.getName(), "serve", "--port", "0"))
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try {
            int port = port(process);
            byte[] body = Files.readAllBytes(OOM);
            try (Socket socket = new Socket("127.0.0.1", port)) {
                socket.setSoTimeout(60_000);
                OutputStream out = socket.getOutputStream();
                out.write(("POST /v1/diagnoses HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: text/plain\r\n"
                        + "Content-Length: " + body.length + "\r\nConnection: close\r\n\r\n")
                        .getBytes(StandardCharsets.US_ASCII));
                out.write(body, 0, body.length / 2);
                out.flush();
                awaitRequestsInFlight(port, 2);

                process.destroy();
                Thread.sleep(500);
                assertThat(process.isAlive()).as("the server waits for the request in flight").isTrue();
                out.write(body, body.length / 2, body.length - body.length / 2);
                out.flush();
                String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                assertThat(response).startsWith("HTTP/1.1 200").contains("container-oom-killed");
            }
            assertThat(process.waitFor(30, TimeUnit.SECONDS)).as("the server stopped").isTrue();
        } finally {
            process.destroyForcibly();
        }
    }

    /** The metrics request itself is one of them, so the request held open makes two. */
    private void awaitRequestsInFlight(int port, int requests) throws IOException, InterruptedException {
        int seen = 0;
        for (int tries = 0; tries < 300 && seen < requests; tries++) {
            HttpResponse<String> metrics = client.send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + port + "/metrics")).build(), HttpResponse.BodyHandlers.ofString());
            Matcher m = IN_FLIGHT.matcher(metrics.body());
            seen = m.find() ? (int) Double.parseDouble(m.group(1)) : 0;
            if (seen < requests) {
                Thread.sleep(100);
            }
        }
        assertThat(seen).isEqualTo(requests);
    }

    private static int port(Process process) throws IOException {
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            Matcher m = SERVING.matcher(line);
            if (m.find()) {
                return Integer.parseInt(m.group(1));
            }
        }
        throw new AssertionError("the server printed no address; exit code " + process.exitValue());
    }

    private static String classPath() {
        return System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    }
}
