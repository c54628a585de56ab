package dev.kubeadvisor.http;

import static dev.kubeadvisor.http.RunningServer.read;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class ConcurrencyTest {

    private static final int CLIENTS = 24;
    private static final int REQUESTS_PER_CLIENT = 8;
    private static final List<Path> INPUTS = List.of(RunningServer.EXIT_255, RunningServer.OOM,
            RunningServer.FIXTURES.resolve("rules/schedule-insufficient-cpu/fires-beside-a-control-plane-taint/describe.txt"),
            RunningServer.FIXTURES.resolve("rules/container-crash-loop/near-miss-running-after-one-restart/describe.txt"));

    @Test
    void many_parallel_clients_get_the_same_correct_report_as_one_client_alone() throws Exception {
        try (RunningServer server = RunningServer.start()) {
            Map<Path, String> alone = new HashMap<>();
            for (Path input : INPUTS) {
                HttpResponse<String> response = server.post("/v1/diagnoses", "text/plain", read(input));
                assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
                alone.put(input, response.body());
            }
            assertThat(JsonMapper.builder().build().readTree(alone.get(RunningServer.OOM)).path("diagnoses").get(0)
                    .path("rule").asString()).isEqualTo("container-oom-killed");

            ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
            List<Future<List<String>>> mismatches = new ArrayList<>();
            for (int client = 0; client < CLIENTS; client++) {
                int first = client;
                mismatches.add(clients.submit(() -> {
                    List<String> wrong = new ArrayList<>();
                    for (int i = 0; i < REQUESTS_PER_CLIENT; i++) {
                        Path input = INPUTS.get((first + i) % INPUTS.size());
                        HttpResponse<String> response = server.post("/v1/diagnoses", "text/plain", read(input));
                        if (response.statusCode() != 200 || !response.body().equals(alone.get(input))) {
                            wrong.add(input.getFileName() + " -> " + response.statusCode());
                        }
                    }
                    return wrong;
                }));
            }
            List<String> wrong = new ArrayList<>();
            for (Future<List<String>> result : mismatches) {
                wrong.addAll(result.get());
            }
            clients.shutdown();
            assertThat(wrong).isEmpty();
        }
    }
}
