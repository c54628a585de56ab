package dev.kubeadvisor.parse.objects;

import static dev.kubeadvisor.parse.objects.JsonReadings.dispatched;
import static dev.kubeadvisor.parse.objects.JsonReadings.jackson;
import static dev.kubeadvisor.parse.objects.JsonReadings.lines;
import static dev.kubeadvisor.parse.objects.JsonReadings.plain;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import dev.kubeadvisor.model.SourceLine;
import dev.kubeadvisor.testing.kubectl.FixtureApiServer;
import dev.kubeadvisor.testing.kubectl.Kubectl;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * {@link PlainJsonReader} against Jackson ({@link LocatedTreeReader} on the joined lines): every JSON file of the
 * fixtures and {@code kubectl get -o json} of every fixture's objects by every installed kubectl read to node-by-node
 * equal trees; seeded mutations of real JSON either read to equal trees or are left to Jackson, whose tree or error
 * is then what the reader gives.
 */
class PlainJsonEquivalenceTest {

    private static final Path FIXTURES = Path.of(System.getProperty("fixtures.dir", "../fixtures"));
    /** Every kind the fixtures hold, listed in one {@code kubectl get}: one List per fixture. */
    private static final String RESOURCES = "pods,nodes,events,services,endpoints,persistentvolumeclaims,configmaps,"
            + "secrets,deployments,replicasets,statefulsets,daemonsets,jobs,cronjobs,leases";
    private static final String ESCAPES = "\"\\/bfnrtux'0";
    private static final String SYMBOLS = "{}[]:,\"'-+.eE0 \t\n\r";
    private static final AtomicInteger READ_PLAINLY = new AtomicInteger();
    private static final AtomicInteger LEFT_TO_JACKSON = new AtomicInteger();

    @TestFactory
    Stream<DynamicTest> every_json_file_of_the_fixtures_reads_to_the_trees_jackson_reads() {
        return jsonFixtures().stream().map(file -> DynamicTest.dynamicTest(FIXTURES.relativize(file).toString(),
                () -> readsLikeJackson(Files.readString(file))));
    }

    @TestFactory
    Stream<DynamicTest> kubectl_get_json_of_every_fixture_reads_to_the_trees_jackson_reads() {
        List<Path> objects = jsonFixtures().stream().filter(file -> file.endsWith("objects.json")).toList();
        List<Kubectl> versions = Kubectl.installedVersions();
        if (versions.isEmpty()) {
            return Stream.of(DynamicTest.dynamicTest("kubectl get -o json of " + objects.size() + " fixtures",
                    () -> assumeFalse(true, "SKIPPED: no kubectl found (" + Kubectl.searchDescription() + ")")));
        }
        return objects.stream().map(file -> DynamicTest.dynamicTest(FIXTURES.relativize(file).toString(), () -> {
            try (FixtureApiServer server = FixtureApiServer.start(file)) {
                List<String> outputs = versions.parallelStream()
                        .map(kubectl -> kubectl.run(server, "get", RESOURCES, "--all-namespaces", "-o", "json"))
                        .toList();
                for (String output : outputs) {
                    readsLikeJackson(output);
                }
            }
        }));
    }

    @TestFactory
    Stream<DynamicTest> mutated_json_reads_to_jacksons_trees_or_is_left_to_jackson_and_gets_its_outcome() {
        String pod = ObjectsReading.resource("pod-exit-255.json");
        return IntStream.range(0, 600).mapToObj(seed -> DynamicTest.dynamicTest("seed " + seed, () -> {
            List<SourceLine> lines = lines(mutated(pod, new Random(seed)));
            List<String> plain = plain(lines);
            if (plain != null) {
                READ_PLAINLY.incrementAndGet();
                assertThat(plain).isEqualTo(jackson(lines));
            } else {
                LEFT_TO_JACKSON.incrementAndGet();
                assertThat(dispatched(lines)).isEqualTo(jackson(lines));
            }
        }));
    }

    @AfterAll
    static void mutations_both_read_plainly_and_were_left_to_jackson() {
        if (READ_PLAINLY.get() + LEFT_TO_JACKSON.get() > 0) {
            assertThat(READ_PLAINLY).as("mutations read plainly").hasValueGreaterThan(30);
            assertThat(LEFT_TO_JACKSON).as("mutations left to Jackson").hasValueGreaterThan(30);
        }
    }

    private static void readsLikeJackson(String text) {
        List<SourceLine> lines = lines(text);
        List<String> jackson = jackson(lines);
        assertThat(jackson).as("Jackson reads the file").noneMatch(node -> node.startsWith("error: "));
        assertThat(plain(lines)).as("plain reading").isEqualTo(jackson);
    }

    private static String mutated(String json, Random random) {
        StringBuilder text = new StringBuilder(json);
        int changes = random.nextInt(3) == 0 ? 2 : 1;
        for (int i = 0; i < changes; i++) {
            int at = random.nextInt(text.length());
            switch (random.nextInt(9)) {
                case 0 -> text.setLength(at);
                case 1 -> text.deleteCharAt(at);
                case 2 -> text.insert(at, text.charAt(at));
                case 3 -> text.insert(at, "\\" + ESCAPES.charAt(random.nextInt(ESCAPES.length()))
                        + Integer.toHexString(0x10000 + random.nextInt(0x10000)).substring(1));
                case 4 -> {
                    int depth = LocatedTreeReader.MAX_DEPTH - 5 + random.nextInt(10);
                    text.insert(0, "[".repeat(depth)).append("]".repeat(depth));
                }
                case 5 -> text.insert(at, "9".repeat(990 + random.nextInt(20)));
                case 6 -> text.insert(at, "x".repeat(49_990 + random.nextInt(20)));
                case 7 -> text.insert(at, (char) random.nextInt(0x20));
                default -> text.insert(at, SYMBOLS.charAt(random.nextInt(SYMBOLS.length())));
            }
            if (text.length() == 0) {
                text.append(json, 0, 1 + random.nextInt(json.length() - 1));
            }
        }
        return text.toString();
    }

    private static List<Path> jsonFixtures() {
        try (Stream<Path> files = Files.walk(FIXTURES)) {
            return files.filter(file -> file.toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
