package dev.kubeadvisor.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kubeadvisor.Snapshot;
import dev.kubeadvisor.input.InputDocument;
import dev.kubeadvisor.input.InputException;
import dev.kubeadvisor.model.ContainerStatus;
import dev.kubeadvisor.model.EnvVar;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Property checks over generated JSON and YAML (seeded, so a failure names the seed that reproduces it): reading
 * ends in a snapshot or a clear input error, never another exception, and in linear time.
 */
class ObjectsRobustnessTest {

    private static final String POD_JSON = resource("/objects/pod-exit-255.json");
    private static final String POD_YAML =
            YAMLMapper.builder().build().writeValueAsString(JsonMapper.builder().build().readTree(POD_JSON));
    private static final long SECONDS = 1_000_000_000L;
    private static final String SYMBOLS = "{}[]:,\"'-&*!|> \n\tab1";

    @TestFactory
    Stream<DynamicTest> json_and_yaml_cut_at_any_line_read_or_are_refused_clearly() {
        return Stream.of(POD_JSON, POD_YAML).flatMap(text -> {
            List<String> lines = text.lines().toList();
            return IntStream.range(1, lines.size()).mapToObj(keep -> DynamicTest.dynamicTest(
                    (text == POD_JSON ? "JSON" : "YAML") + " first " + keep + " lines",
                    () -> readsOrRefuses(String.join("\n", lines.subList(0, keep)))));
        });
    }

    @TestFactory
    Stream<DynamicTest> random_characters_written_into_an_object_never_break_the_reader() {
        return IntStream.range(0, 300).mapToObj(seed -> DynamicTest.dynamicTest("seed " + seed, () -> {
            Random random = new Random(seed);
            StringBuilder text = new StringBuilder(seed % 2 == 0 ? POD_JSON : POD_YAML);
            int changes = 1 + random.nextInt(20);
            for (int i = 0; i < changes; i++) {
                int at = random.nextInt(text.length());
                char c = (char) (random.nextInt(8) == 0 ? random.nextInt(0x3000) : 0x20 + random.nextInt(0x5F));
                if (random.nextBoolean()) {
                    text.setCharAt(at, c);
                } else {
                    text.insert(at, c);
                }
            }
            readsOrRefuses(text.toString());
        }));
    }

    @Test
    void deep_json_nesting_is_refused_with_its_line_and_column() {
        String text = "{\"kind\": \"Pod\", \"spec\": " + "[".repeat(100_000) + "]".repeat(100_000) + "}";

        assertThatThrownBy(() -> Snapshot.fromText(text)).isInstanceOf(InputException.class)
                .hasMessageStartingWith("stdin line 1, column ").hasMessageContaining("nested deeper than");
    }

    @Test
    void deep_yaml_nesting_is_refused() {
        StringBuilder text = new StringBuilder("kind: Pod\n");
        for (int depth = 0; depth < 1_000; depth++) {
            text.append(" ".repeat(depth)).append("spec:\n");
        }

        assertThatThrownBy(() -> Snapshot.fromText(text.toString())).isInstanceOf(InputException.class)
                .hasMessageContaining("nested deeper than");
    }

    @Test
    void a_yaml_alias_bomb_is_refused_not_expanded() {
        StringBuilder text = new StringBuilder("kind: Pod\na0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
        for (int i = 1; i < 30; i++) {
            text.append('a').append(i).append(": &a").append(i).append(" [")
                    .append(String.join(", ", java.util.Collections.nCopies(10, "*a" + (i - 1)))).append("]\n");
        }

        long start = System.nanoTime();
        readsOrRefuses(text.toString());
        assertThat(System.nanoTime() - start).isLessThan(3 * SECONDS);
    }

    @Test
    void a_message_of_a_hundred_thousand_characters_is_read_whole() {
        String message = "x\\\"y ".repeat(20_000);
        String text = POD_JSON.replace("fatal: cannot open /etc/web/config.yaml\\n", message);

        long start = System.nanoTime();
        Snapshot snapshot = Snapshot.fromText(text);
        assertThat(System.nanoTime() - start).isLessThan(3 * SECONDS);
        ContainerStatus web = snapshot.facts().stream().filter(ContainerStatus.class::isInstance)
                .map(ContainerStatus.class::cast).findFirst().orElseThrow();
        assertThat(web.lastState().message()).hasSize(80_000 - 1);
    }

    @TestFactory
    Stream<DynamicTest> a_huge_array_is_read_in_linear_time() {
        return Stream.of(10_000, 100_000).map(count -> DynamicTest.dynamicTest(count + " variables", () -> {
            StringBuilder env = new StringBuilder();
            for (int i = 0; i < count; i++) {
                env.append(i == 0 ? "" : ",\n").append("{\"name\": \"V").append(i).append("\", \"value\": \"v\"}");
            }
            String text = POD_JSON.replace("\"env\": [", "\"env\": [" + env + ",");

            long start = System.nanoTime();
            Snapshot snapshot = Snapshot.fromText(text);
            // generous for a loaded machine: quadratic work on 100k values would take minutes, not seconds
            assertThat(System.nanoTime() - start).as("linear time")
                    .isLessThan(count / 10_000 * 2 * SECONDS + 5 * SECONDS);
            assertThat(snapshot.facts().stream().filter(EnvVar.class::isInstance)).hasSize(count + 3);
        }));
    }

    @TestFactory
    Stream<DynamicTest> random_bytes_as_json_or_yaml_read_or_are_refused_clearly() {
        return IntStream.range(0, 200).mapToObj(seed -> DynamicTest.dynamicTest("seed " + seed, () -> {
            Random random = new Random(seed);
            StringBuilder text = new StringBuilder(seed % 2 == 0 ? "{" : "kind: Pod\nstatus:\n");
            int length = random.nextInt(2_000);
            for (int i = 0; i < length; i++) {
                text.append(SYMBOLS.charAt(random.nextInt(SYMBOLS.length())));
            }
            readsOrRefuses(text.toString());
        }));
    }

    private static void readsOrRefuses(String text) {
        try {
            Snapshot snapshot = Snapshot.fromInputs(List.of(new InputDocument("stdin", text)));
            assertThat(snapshot.facts()).isNotNull();
        } catch (InputException expected) {
            assertThat(expected.getMessage()).isNotBlank().doesNotContain("\n").doesNotContain("Exception");
        }
    }

    private static String resource(String name) {
        try (InputStream in = ObjectsRobustnessTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
