package dev.kubeadvisor.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import tools.jackson.databind.json.JsonMapper;

/**
 * The benchmarks' inputs: kubectl text made from the repository's fixtures by scripts/bench-inputs.sh (each
 * {@code NAME.txt} beside {@code NAME.json}, the same objects as JSON), and container logs generated here.
 */
final class BenchInputs {

    /** The pod the generated logs belong to (the OOM scenario's). */
    private static final String LOG_COMMAND = "$ kubectl logs quote-app-7b9c6d5f8-m4q7z -n quotes\n";
    private static final List<String> LOG_PATTERN = List.of(
            "2026-11-25T21:04:%02d.%03dZ INFO  [http-nio-8080-exec-%d] c.e.quotes.QuoteController - GET /quotes/%d 200 in %d ms",
            "2026-11-25T21:04:%02d.%03dZ DEBUG [scheduler-%d] c.e.quotes.Cache - refreshed %d entries in %d ms",
            "2026-11-25T21:04:%02d.%03dZ WARN  [http-nio-8080-exec-%d] c.e.quotes.Db - slow query #%d took %d ms");

    private BenchInputs() {
    }

    static String text(String name) {
        return resource("inputs/" + name + ".txt");
    }

    static String json(String name) {
        return resource("inputs/" + name + ".json");
    }

    /** A {@code kubectl logs} paste of {@code lines} application lines, ending as a JVM killed for its heap does. */
    static String log(int lines) {
        String body = IntStream.range(0, lines - 1)
                .mapToObj(i -> String.format(LOG_PATTERN.get(i % LOG_PATTERN.size()), i % 60, i % 1000, i % 8, i, i % 97))
                .collect(Collectors.joining("\n"));
        return LOG_COMMAND + body + "\nException in thread \"main\" java.lang.OutOfMemoryError: Java heap space\n";
    }

    /** The same log lines as a JSON array of strings: what Jackson reads for the same bytes of information. */
    static String logAsJson(int lines) {
        return JsonMapper.builder().build().writeValueAsString(log(lines).lines().skip(1).toList());
    }

    private static String resource(String name) {
        try (InputStream in = BenchInputs.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalArgumentException("no benchmark input " + name + " (scripts/bench-inputs.sh makes them)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
