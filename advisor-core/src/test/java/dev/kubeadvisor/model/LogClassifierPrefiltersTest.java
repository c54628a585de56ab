package dev.kubeadvisor.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kubeadvisor.testing.FixtureLines;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The cheap checks the log classifiers make before their patterns never hide a line of the fixtures (or of the edge
 * cases here) that the patterns alone would read.
 */
class LogClassifierPrefiltersTest {

    private static final List<String> EDGE_CASES = List.of("^", "    ^^^^^", "\t^ ", "\u2003^^", " \u001C^", "^^^ x",
            "x ^^^", "", "  ", "dial tcp 10.0.0.5:5432: connect: connection refused",
            "Error: connect ECONNREFUSED 127.0.0.1:6379", "Missing required environment variable: DATABASE_URL");

    private static final List<String> LINES = FixtureLines.allAnd(EDGE_CASES);

    @Test
    void every_signature_looks_for_a_word_of_each_line_its_patterns_read() {
        for (LogSignature signature : LogSignature.values()) {
            List<String> read = LINES.stream().filter(l -> signature.detail(l) != null).toList();

            assertThat(read).as(signature.name()).isNotEmpty().allMatch(signature::mentionsAWord);
        }
    }

    @Test
    void the_caret_check_passes_every_line_of_carets_node_prints_under_a_throw() {
        List<String> carets = LINES.stream().filter(l -> RuntimeCrash.CARET_LINE.matcher(l.strip()).matches()).toList();

        assertThat(carets).contains("^", "    ^^^^^", "\u2003^^").allMatch(RuntimeCrash::mayBeCaretLine);
    }
}
