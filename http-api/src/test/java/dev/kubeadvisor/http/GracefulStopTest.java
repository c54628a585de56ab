package dev.kubeadvisor.http;

import static dev.kubeadvisor.http.RunningServer.OOM;
import static dev.kubeadvisor.http.RunningServer.read;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class GracefulStopTest {

    @Test
    void a_stop_lets_the_request_in_flight_finish_and_takes_no_new_one() throws Exception {
        RunningServer server = RunningServer.start();
        byte[] body = read(OOM).getBytes(StandardCharsets.UTF_8);
        int half = body.length / 2;
        try (Socket socket = new Socket("127.0.0.1", server.server.port())) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /v1/diagnoses HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: text/plain\r\n"
                    + "Content-Length: " + body.length + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.write(body, 0, half);
            out.flush();
            awaitInFlight(server, 1);

            CompletableFuture<Void> stopping = CompletableFuture.runAsync(server::close);
            Thread.sleep(500);
            assertThat(stopping).isNotDone();
            HttpResponse<String> refused = null;
            try {
                refused = server.get("/healthz");
            } catch (RuntimeException expected) {
                // the connector is closed: nothing new is accepted
            }
            assertThat(refused == null || refused.statusCode() == 503).as("a new request is not served").isTrue();

            out.write(body, half, body.length - half);
            out.flush();
            String response = readAll(socket.getInputStream());
            assertThat(response).startsWith("HTTP/1.1 200").contains("container-oom-killed");
            stopping.get(30, TimeUnit.SECONDS);
        }
    }

    private static void awaitInFlight(RunningServer server, long requests) throws InterruptedException {
        for (int tries = 0; tries < 300 && server.server.requestsInFlight() < requests; tries++) {
            Thread.sleep(100);
        }
        assertThat(server.server.requestsInFlight()).isEqualTo(requests);
    }

    private static String readAll(InputStream in) throws IOException {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
}
