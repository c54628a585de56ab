package dev.kubeadvisor.input;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JsonNestingTest {

    @Test
    void counts_brackets_outside_strings_only() {
        JsonNesting nesting = new JsonNesting();
        assertThat(nesting.read("{\"a\": [\"]}\", {")).isEqualTo(3);
        assertThat(nesting.read("}], \"{\"")).isEqualTo(1);
        assertThat(nesting.read("}")).isZero();
    }

    @Test
    void ends_a_string_at_a_quote_only_after_an_even_run_of_backslashes() {
        assertThat(new JsonNesting().read("{\"a\\\"}\": 1")).isEqualTo(1);
        assertThat(new JsonNesting().read("{\"a\\\\\"}")).isZero();
        assertThat(new JsonNesting().read("{\"a\\\\\\\"}")).isEqualTo(1);
    }

    @Test
    void lets_a_string_run_on_past_its_line() {
        JsonNesting nesting = new JsonNesting();
        assertThat(nesting.read("[\"runs {")).isEqualTo(1);
        assertThat(nesting.read("on ]\", [")).isEqualTo(2);
    }

    @Test
    void reads_a_line_from_its_known_change_as_from_its_text() {
        String[] lines = {"{", "  \"a\": \"x\\\\\",", "  \"b\": [\"open", "still ] open\", {", "}]", "}"};
        JsonNesting scanned = new JsonNesting();
        JsonNesting known = new JsonNesting();
        for (String line : lines) {
            assertThat(known.read(line, JsonNesting.changeOf(line))).as(line).isEqualTo(scanned.read(line));
        }
    }
}
