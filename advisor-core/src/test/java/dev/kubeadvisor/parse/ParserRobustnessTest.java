package dev.kubeadvisor.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kubeadvisor.Snapshot;
import dev.kubeadvisor.input.InputException;
import dev.kubeadvisor.parse.describe.PodDescribeParserTest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Whatever the input, reading it ends in a snapshot or a clear input error; never another exception. */
class ParserRobustnessTest {

    private static final List<String> SAMPLE = PodDescribeParserTest.resourceLines("/describe/pod-oom-crash-loop-1.32.txt");

    @Property(tries = 300)
    void random_text_gives_a_snapshot_or_an_input_error(@ForAll("noise") String text) {
        readsOrRefuses(text);
    }

    @Property(tries = 200)
    void a_describe_cut_at_any_line_after_its_header_still_names_its_pod(@ForAll @IntRange(min = 10, max = 110) int keep) {
        List<String> lines = SAMPLE.subList(0, Math.min(keep, SAMPLE.size()));
        Snapshot snapshot = Snapshot.fromText(String.join("\n", lines));
        assertThat(snapshot.subjects()).extracting(Object::toString).containsExactly("Pod/default/web-7d4b9c-x2k8p");
    }

    @Property(tries = 20)
    void a_describe_cut_inside_its_header_reads_or_is_refused_clearly(@ForAll @IntRange(min = 1, max = 9) int keep) {
        readsOrRefuses(String.join("\n", SAMPLE.subList(0, keep)));
    }

    @Property(tries = 200)
    void shuffled_or_deleted_lines_never_break_the_reader(@ForAll long seed, @ForAll @IntRange(max = 40) int deletions) {
        Random random = new Random(seed);
        List<String> lines = new ArrayList<>(SAMPLE);
        for (int i = 0; i < deletions && lines.size() > 1; i++) {
            lines.remove(random.nextInt(lines.size()));
        }
        Collections.shuffle(lines.subList(1, lines.size()), random);
        readsOrRefuses(String.join("\n", lines));
    }

    @Property(tries = 20)
    void a_line_of_a_hundred_thousand_characters_reads_in_linear_time(@ForAll("longLine") String line) {
        String text = String.join("\n", SAMPLE.subList(0, 40)) + "\n" + line + "\n"
                + String.join("\n", SAMPLE.subList(40, SAMPLE.size()));
        long start = System.nanoTime();
        readsOrRefuses(text);
        assertThat(System.nanoTime() - start).as("no catastrophic backtracking").isLessThan(3_000_000_000L);
    }

    @Provide
    Arbitrary<String> noise() {
        Arbitrary<String> describeish = Arbitraries.of("Name:  x", "Namespace:  y", "Containers:", "  app:",
                "    State:  Waiting", "      Reason:  CrashLoopBackOff", "    Last State:  Terminated",
                "      Exit Code:  ", "Events:", "  Type  Reason  Age  From  Message", "  Warning  BackOff  1s",
                "Restart Count:  -1", "    Limits:", "      memory:  99999999999999999999Ei", ":", "  :  :", "");
        Arbitrary<String> junk = Arbitraries.strings().ofMaxLength(200);
        return Arbitraries.oneOf(describeish, junk).list().ofMaxSize(60).map(l -> String.join("\n", l));
    }

    @Provide
    Arbitrary<String> longLine() {
        return Arbitraries.of("    Image:  ", "  Warning  BackOff  1m  kubelet  ", "      DB_PASSWORD:  ", "A: ",
                        "password=", "").flatMap(prefix -> Arbitraries.of("x", "a: ", " ", "=", "\"", "{")
                .map(unit -> prefix + unit.repeat(100_000 / Math.max(1, unit.length()))));
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
