package dev.kubeadvisor.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kubeadvisor.Snapshot;
import dev.kubeadvisor.input.InputException;
import dev.kubeadvisor.parse.describe.PodDescribeParserTest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Property checks over generated inputs (seeded, so a failure names the seed that reproduces it): whatever the
 * input, reading it ends in a snapshot or a clear input error, never another exception, and in linear time.
 */
class ParserRobustnessTest {

    private static final List<String> SAMPLE =
            PodDescribeParserTest.resourceLines("/describe/pod-oom-crash-loop-1.32.txt");
    private static final List<String> DESCRIBE_LIKE = List.of("Name:  x", "Namespace:  y", "Containers:", "  app:",
            "    State:  Waiting", "      Reason:  CrashLoopBackOff", "    Last State:  Terminated",
            "      Exit Code:  ", "Events:", "  Type  Reason  Age  From  Message", "  Warning  BackOff  1s",
            "Restart Count:  -1", "    Limits:", "      memory:  99999999999999999999Ei", ":", "  :  :", "",
            "Status:  Running", "\tName:\t\tweird", "  Warning  X  <unknown>  kubelet, node  spec.containers{a}: m");

    @TestFactory
    Stream<DynamicTest> random_text_gives_a_snapshot_or_an_input_error() {
        return seeds(300).mapToObj(seed -> DynamicTest.dynamicTest("seed " + seed, () -> {
            Random random = new Random(seed);
            List<String> lines = new ArrayList<>();
            int count = random.nextInt(60);
            for (int i = 0; i < count; i++) {
                lines.add(random.nextBoolean() ? DESCRIBE_LIKE.get(random.nextInt(DESCRIBE_LIKE.size()))
                        : randomString(random, 200));
            }
            readsOrRefuses(String.join("\n", lines));
        }));
    }

    @TestFactory
    Stream<DynamicTest> a_describe_cut_at_any_line_after_its_header_still_names_its_pod() {
        return IntStream.rangeClosed(10, SAMPLE.size()).mapToObj(keep -> DynamicTest.dynamicTest("first " + keep
                + " lines", () -> assertThat(Snapshot.fromText(String.join("\n", SAMPLE.subList(0, keep))).subjects())
                .extracting(Object::toString).containsExactly("Pod/default/web-7d4b9c-x2k8p")));
    }

    @TestFactory
    Stream<DynamicTest> a_describe_cut_inside_its_header_reads_or_is_refused_clearly() {
        return IntStream.range(1, 10).mapToObj(keep -> DynamicTest.dynamicTest("first " + keep + " lines",
                () -> readsOrRefuses(String.join("\n", SAMPLE.subList(0, keep)))));
    }

    @TestFactory
    Stream<DynamicTest> shuffled_or_deleted_lines_never_break_the_reader() {
        return seeds(200).mapToObj(seed -> DynamicTest.dynamicTest("seed " + seed, () -> {
            Random random = new Random(seed);
            List<String> lines = new ArrayList<>(SAMPLE);
            int deletions = random.nextInt(40);
            for (int i = 0; i < deletions && lines.size() > 1; i++) {
                lines.remove(random.nextInt(lines.size()));
            }
            Collections.shuffle(lines.subList(1, lines.size()), random);
            readsOrRefuses(String.join("\n", lines));
        }));
    }

    @TestFactory
    Stream<DynamicTest> a_line_of_a_hundred_thousand_characters_reads_without_backtracking() {
        List<String> prefixes = List.of("    Image:  ", "  Warning  BackOff  1m  kubelet  ", "      DB_PASSWORD:  ",
                "A: ", "password=", "");
        List<String> units = List.of("x", "a: ", " ", "=", "\"", "{", "\t");
        return prefixes.stream().flatMap(prefix -> units.stream().map(unit -> DynamicTest.dynamicTest(
                "'" + prefix.strip() + "' then '" + unit + "' repeated", () -> {
                    String line = prefix + unit.repeat(100_000 / unit.length());
                    String text = String.join("\n", SAMPLE.subList(0, 40)) + "\n" + line + "\n"
                            + String.join("\n", SAMPLE.subList(40, SAMPLE.size()));
                    long start = System.nanoTime();
                    readsOrRefuses(text);
                    assertThat(System.nanoTime() - start).as("no catastrophic backtracking")
                            .isLessThan(3_000_000_000L);
                })));
    }

    private static final List<String> MIXED = List.of("$ kubectl get pods -n shop",
            "NAME    READY   STATUS             RESTARTS      AGE", "web-1   0/1     CrashLoopBackOff   5 (3m ago)    9m",
            "$ kubectl get events -A -o wide",
            "NAMESPACE   LAST SEEN   TYPE      REASON    OBJECT      SUBOBJECT              SOURCE    MESSAGE   FIRST SEEN   COUNT   NAME",
            "shop        2m          Warning   BackOff   pod/web-1   spec.containers{app}   kubelet   Back-off  9m           5       web-1.1",
            "LAST SEEN          TYPE      REASON   OBJECT      MESSAGE", "3m (x2 over 5m)    Normal    Pulled   Pod/web-1   pulled",
            "  Warning  BackOff  3m (x12 over 10m)  kubelet  Back-off restarting failed container",
            "$ kubectl logs web-1 --previous -c app", "2026-11-26T09:00:01Z ERROR boom", "	at a.B.c(B.java:1)",
            "{", "  \"kind\": \"Pod\",", "  \"metadata\": {\"name\": \"web-1\"}", "}", "[", "]",
            "apiVersion: v1", "kind: Pod", "metadata:", "  name: web-1", "---", "- a", "NAME     STATUS     ROLES",
            "node-a   NotReady   <none>", "No resources found in shop namespace.", "$ kubectl describe pod web-1",
            "Name:  web-1", "Namespace:  shop", "Containers:", "  app:", "    State:  Waiting", "{\"level\":\"info\"}");

    @TestFactory
    Stream<DynamicTest> shuffled_deleted_or_truncated_lines_of_mixed_streams_never_break_the_reader() {
        return seeds(300).mapToObj(seed -> DynamicTest.dynamicTest("seed " + seed, () -> {
            Random random = new Random(seed);
            List<String> lines = new ArrayList<>();
            int count = random.nextInt(80);
            for (int i = 0; i < count; i++) {
                String line = MIXED.get(random.nextInt(MIXED.size()));
                lines.add(random.nextInt(5) == 0 ? line.substring(0, random.nextInt(line.length() + 1)) : line);
            }
            if (random.nextBoolean()) {
                Collections.shuffle(lines, random);
            }
            readsOrRefuses(String.join(random.nextBoolean() ? "\n" : "\r\n", lines));
        }));
    }

    @TestFactory
    Stream<DynamicTest> random_bytes_give_a_snapshot_or_an_input_error() {
        return seeds(100).mapToObj(seed -> DynamicTest.dynamicTest("seed " + seed, () -> {
            Random random = new Random(seed);
            byte[] bytes = new byte[random.nextInt(4096)];
            random.nextBytes(bytes);
            readsOrRefuses(new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1));
        }));
    }

    @TestFactory
    Stream<DynamicTest> a_mixed_stream_line_of_a_hundred_thousand_characters_reads_without_backtracking() {
        return Stream.of("NAME ", "NAME  ", "A ", "$ kubectl ", "Warning  ", "{", "[", "- ", "kubectl  ", "1m  Warning  ")
                .map(unit -> DynamicTest.dynamicTest("'" + unit + "' repeated", () -> {
                    String text = String.join("\n", MIXED) + "\n" + unit.repeat(100_000 / unit.length()) + "\n"
                            + String.join("\n", MIXED);
                    long start = System.nanoTime();
                    readsOrRefuses(text);
                    assertThat(System.nanoTime() - start).as("no catastrophic backtracking")
                            .isLessThan(10_000_000_000L);
                }));
    }

    private static IntStream seeds(int count) {
        return IntStream.range(0, count);
    }

    private static String randomString(Random random, int maxLength) {
        StringBuilder text = new StringBuilder();
        int length = random.nextInt(maxLength);
        for (int i = 0; i < length; i++) {
            text.append((char) (random.nextInt(10) == 0 ? random.nextInt(0x3000) : 0x20 + random.nextInt(0x5F)));
        }
        return text.toString();
    }

    private static void readsOrRefuses(String text) {
        try {
            Snapshot snapshot = Snapshot.fromText(text);
            assertThat(snapshot.facts()).isNotNull();
        } catch (InputException expected) {
            assertThat(expected.getMessage()).isNotBlank();
        }
    }
}
