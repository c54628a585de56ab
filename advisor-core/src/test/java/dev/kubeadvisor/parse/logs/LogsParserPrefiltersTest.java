package dev.kubeadvisor.parse.logs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kubeadvisor.testing.FixtureLines;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The cheap checks before each per-line pattern of {@link LogsParser} never hide a line the pattern matches. */
class LogsParserPrefiltersTest {

    /** Lines the fixtures may lack: elisions in every white space regex {@code \s} knows, prefixes, timestamps. */
    private static final List<String> EDGE_CASES = List.of("...", "…", " \t\u000B\f\r....\n", "\u00A0...", "… more",
            "....x", "[pod/web-1/app] 2026-11-26T09:41:07.512334871Z listening", "[pod/web-1/app]ready",
            " [pod/web-1/app] x", "2026-11-26T09:41:08+01:00 started", "2026-11-26T09:41:08Z", "１２34-11-26T09:41:08Z x",
            "", " ");

    private static final List<String> LINES = withPrefixesRemoved(FixtureLines.allAnd(EDGE_CASES));

    /** The lines, and each again as the timestamp pattern sees it: after its {@code --prefix}. */
    private static List<String> withPrefixesRemoved(List<String> lines) {
        List<String> all = new ArrayList<>(lines);
        lines.forEach(l -> all.add(LogsParser.PREFIX.matcher(l).replaceFirst("")));
        return all;
    }

    @Test
    void the_elision_check_passes_every_line_the_elision_pattern_matches() {
        List<String> elisions = LINES.stream().filter(l -> LogsParser.ELISION.matcher(l).matches()).toList();

        assertThat(elisions).contains("...", "…", " \t\u000B\f\r....\n").allMatch(LogsParser::mayBeElision);
    }

    @Test
    void the_prefix_check_passes_every_line_the_prefix_pattern_reads() {
        List<String> prefixed = LINES.stream().filter(l -> LogsParser.PREFIX.matcher(l).lookingAt()).toList();

        assertThat(prefixed).hasSizeGreaterThan(1).allMatch(l -> l.startsWith(LogsParser.PREFIX_START));
    }

    @Test
    void the_digit_check_passes_every_line_the_timestamp_pattern_reads() {
        List<String> stamped = LINES.stream().filter(l -> LogsParser.TIMESTAMP.matcher(l).lookingAt()).toList();

        assertThat(stamped).hasSizeGreaterThan(2).allMatch(LogsParser::startsWithDigit);
    }
}
