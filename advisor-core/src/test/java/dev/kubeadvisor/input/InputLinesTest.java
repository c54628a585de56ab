package dev.kubeadvisor.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.kubeadvisor.model.SourceLine;
import dev.kubeadvisor.testing.FixtureLines;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class InputLinesTest {

    /** Lines with secrets to hide (some with brackets and quotes in the hidden value), JSON, and odd characters. */
    private static final List<String> TELLING_LINES = List.of(
            "    \"name\": \"DB_PASSWORD\",", "    \"password\": \"hun\\\"ter]2\",", "password: abc]{",
            "Authorization: Bearer abcdefghijklmnop", "Authorization: Basic YWxhZGRpbjpvcGVu[",
            "dial redis://:s3\"cret@redis:6379", "user@host", "api_key=\"x{\"", "kubernetes.io/secret token: x",
            "  {\"a\": [1, {\"b\": \"}\"}]}", "\"runs on \\\\\" [", "\"escaped \\\" still in\" ]", "\"open", "é token: x",
            "\u212Aey: x", "TOKEN=é{", "\t\"key\": \"v\"", "");

    @Test
    void cuts_lines_at_lf_crlf_and_cr_and_adds_none_for_a_final_line_ending() {
        InputLines read = InputLines.of(new InputDocument("in", "a\nb\r\nc\rd\n\ne\n"));
        assertThat(read.lines()).extracting(SourceLine::line, SourceLine::text, SourceLine::document)
                .containsExactly(tuple(1, "a", "in"),
                        tuple(2, "b", "in"),
                        tuple(3, "c", "in"),
                        tuple(4, "d", "in"),
                        tuple(5, "", "in"),
                        tuple(6, "e", "in"));
        assertThat(InputLines.of(new InputDocument("in", "last")).lines()).extracting(SourceLine::text)
                .containsExactly("last");
        assertThat(InputLines.of(new InputDocument("in", "{\nb\r\nc\rd\n\n}\n")).lines())
                .extracting(SourceLine::line, SourceLine::text)
                .containsExactly(tuple(1, "{"), tuple(2, "b"), tuple(3, "c"), tuple(4, "d"), tuple(5, ""), tuple(6, "}"));
        assertThat(InputLines.of(new InputDocument("in", "[\r")).lines()).extracting(SourceLine::text)
                .containsExactly("[");
    }

    @Test
    void hides_in_each_line_of_json_exactly_what_the_redactor_hides_in_it() {
        List<String> lines = sample("{");
        InputLines read = InputLines.of(new InputDocument("in", String.join("\n", lines)));
        assertThat(read.nestingChanges()).as("read character by character").isNotNull();
        assertRedactedLineByLine(read.lines(), lines);
    }

    @Test
    void hides_in_each_line_of_other_text_exactly_what_the_redactor_hides_in_it() {
        List<String> lines = sample("Name:  web");
        InputLines read = InputLines.of(new InputDocument("in", String.join("\n", lines)));
        assertThat(read.nestingChanges()).as("left to the splitter").isNull();
        assertThat(InputLines.of(new InputDocument("in", "$ kubectl get pod web -o json\n{\n}")).nestingChanges())
                .as("JSON after a command line").isNotNull();
        assertThat(read.mayBeBinary()).as("left to the binary check").isTrue();
        assertRedactedLineByLine(read.lines(), lines);
    }

    private static void assertRedactedLineByLine(List<SourceLine> read, List<String> lines) {
        assertThat(read).hasSameSizeAs(lines);
        for (int i = 0; i < lines.size(); i++) {
            assertThat(read.get(i).text()).as(lines.get(i)).isEqualTo(Redactor.redact(lines.get(i)));
        }
    }

    @Test
    void hides_repeated_lines_of_a_large_input_as_it_hides_each() {
        String pod = "{\n    \"name\": \"API_TOKEN\",\n    \"value\": \"abc\",\n      \"password\": \"x\"\n  plain line\n";
        String content = pod.repeat(70 * 1024 / pod.length() + 1);
        List<SourceLine> read = InputLines.of(new InputDocument("in", content)).lines();
        String[] lines = content.split("\n");
        for (int i = 0; i < lines.length; i++) {
            assertThat(read.get(i).text()).isEqualTo(Redactor.redact(lines[i]));
        }
    }

    @Test
    void tells_the_json_nesting_of_each_line_as_a_scan_of_its_text_kept_does() {
        List<String> lines = sample("[");
        InputLines read = InputLines.of(new InputDocument("in", String.join("\r\n", lines)));
        for (int i = 0; i < lines.size(); i++) {
            String kept = read.lines().get(i).text();
            assertThat(read.nestingChanges()[i]).as(kept).isEqualTo(JsonNesting.changeOf(kept));
        }
    }

    @Test
    void counts_the_spaces_that_begin_each_line_of_json_in_the_text_kept() {
        List<String> lines = new ArrayList<>(sample("["));
        lines.addAll(List.of("        ", "    \"password\": \"   x\",", "   \t  {", " " + "  ".repeat(40) + "}"));
        InputLines read = InputLines.of(new InputDocument("in", String.join("\r\n", lines)));
        assertThat(InputLines.of(new InputDocument("in", "Name:  web")).indentations()).as("not JSON").isNull();
        for (int i = 0; i < lines.size(); i++) {
            String kept = read.lines().get(i).text();
            assertThat(read.indentations()[i]).as(kept).isEqualTo(kept.length() - kept.replaceFirst("^ +", "").length());
        }
    }

    @Test
    void finds_nothing_that_may_be_binary_in_kubectl_json_and_text() {
        String text = "{\n" + String.join("\n", FixtureLines.allAnd(List.of()));
        assertThat(InputLines.of(new InputDocument("in", text)).mayBeBinary()).isFalse();
        assertThat(InputLines.of(new InputDocument("in", "{a\tb\u001B[0m\r\nc")).mayBeBinary()).isFalse();
    }

    @Test
    void finds_what_may_be_binary_only_in_the_sample_looked_at() {
        assertThat(InputLines.of(new InputDocument("in", "{ab\u0000")).mayBeBinary()).isTrue();
        assertThat(InputLines.of(new InputDocument("in", "{ab\uFFFD")).mayBeBinary()).isTrue();
        assertThat(InputLines.of(new InputDocument("in", "{ab\u0007c")).mayBeBinary()).isTrue();
        String late = "{" + "x".repeat(InputLines.BINARY_SAMPLE) + "\u0000";
        assertThat(InputLines.of(new InputDocument("in", late)).mayBeBinary()).isFalse();
    }

    /** A first line, the telling lines, every fixture line, and lines made of telling pieces at random. */
    private static List<String> sample(String first) {
        List<String> lines = new ArrayList<>(List.of(first));
        lines.addAll(TELLING_LINES);
        lines.addAll(FixtureLines.allAnd(List.of()));
        Random random = new Random(20261126L);
        String[] pieces = {"token", "Bearer ", "basic ", "password", ": ", "=", "\"", "\\", "{", "}", "[", "]", "@",
            "://", "x", " ", "é", "KEY", "secretKeyRef", "\u0000"};
        for (int n = 0; n < 20_000; n++) {
            StringBuilder line = new StringBuilder();
            for (int p = random.nextInt(12); p >= 0; p--) {
                line.append(pieces[random.nextInt(pieces.length)]);
            }
            lines.add(line.toString());
        }
        return lines;
    }
}
