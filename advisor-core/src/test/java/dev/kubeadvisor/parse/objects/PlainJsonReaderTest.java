package dev.kubeadvisor.parse.objects;

import static dev.kubeadvisor.parse.objects.JsonReadings.dispatched;
import static dev.kubeadvisor.parse.objects.JsonReadings.jackson;
import static dev.kubeadvisor.parse.objects.JsonReadings.lines;
import static dev.kubeadvisor.parse.objects.JsonReadings.plain;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PlainJsonReaderTest {

    @Test
    void scalars_carry_their_key_line_and_where_their_value_starts() {
        String text = "{\n  \"a\": \"x\",\n  \"b\":\n\t 12, \"c\": [true,\n null]\n}";

        assertThat(plain(lines(text))).isEqualTo(jackson(lines(text))).containsExactly(
                "root 0 OBJECT null line 1 value 1:0",
                "root 0 .a STRING x line 2 value 2:8",
                "root 0 .b NUMBER 12 line 3 value 4:3",
                "root 0 .c ARRAY null line 4 value 4:0",
                "root 0 .c [0] BOOLEAN true line 4 value 4:13",
                "root 0 .c [1] NULL null line 5 value 5:2");
    }

    @Test
    void numbers_keep_the_form_they_are_written_in() {
        assertThat(plain(lines("[0.50, -0, 1E+5, 2.5e-3, 12345678901234567890]")).subList(1, 6))
                .extracting(node -> node.split(" ")[4]).containsExactly("0.50", "-0", "1E+5", "2.5e-3", "12345678901234567890");
    }

    @Test
    void every_json_escape_is_unescaped_surrogate_pairs_included() {
        List<String> trees = plain(lines("[\"a\\\"b\\\\c\\/d\\b\\f\\n\\r\\t\\u00e9\\uD83D\\uDE00\\u0041\"]"));

        assertThat(trees.get(1)).isEqualTo("root 0 [0] STRING a\"b\\c/d\b\f\n\r\té\uD83D\uDE00A line 1 value 1:2");
    }

    @Test
    void names_are_unescaped_too() {
        assertThat(plain(lines("{\"a\\u0062\": 1}")).get(1)).startsWith("root 0 .ab NUMBER 1 ");
    }

    @Test
    void several_top_level_values_are_several_roots_and_a_top_level_null_is_none() {
        assertThat(plain(lines("{\"a\": 1}\nnull\n[2] \"s\"\n"))).containsExactly(
                "root 0 OBJECT null line 1 value 1:0",
                "root 0 .a NUMBER 1 line 1 value 1:7",
                "root 1 ARRAY null line 3 value 3:0",
                "root 1 [0] NUMBER 2 line 3 value 3:2",
                "root 2 STRING s line 3 value 3:5");
    }

    @Test
    void a_repeated_key_keeps_its_first_place_and_its_last_value() {
        assertThat(plain(lines("{\"a\": 1, \"b\": 2, \"a\": 3}"))).containsExactly(
                "root 0 OBJECT null line 1 value 1:0",
                "root 0 .a NUMBER 3 line 1 value 1:23",
                "root 0 .b NUMBER 2 line 1 value 1:15");
    }

    @Test
    void an_empty_or_blank_document_has_no_roots() {
        assertThat(plain(lines(""))).isEmpty();
        assertThat(plain(lines("  \n\t\n"))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"a\": 1,}", "[1,]", "{'a': 1}", "[NaN]", "[+1]", "[.5]", "[1.]", "[01]", "[1e]",
        "[-]", "// comment\n{}", "{} /* c */", "[\"a\\x\"]", "[\"\\u12G4\"]", "[\"a\tb\"]", "[\"open\n\"]",
        "{\"a\" 1}", "{\"a\": 1 \"b\": 2}", "[1 2]", "[true false]", "[tru]", "[nul]", "1 2x", "true1", "[]]",
        "{", "[", "\"never closed", "{\"a\": }", "\uFEFF{}", "{}\r\n", "[1,\r2]", "{a: 1}", "[undefined]"})
    void leaves_what_is_not_strict_json_to_jackson_with_jacksons_error(String text) {
        assertThat(plain(lines(text))).isNull();
        assertThat(dispatched(lines(text))).isEqualTo(jackson(lines(text)));
    }

    @Test
    void nesting_to_the_depth_cap_is_read_and_deeper_is_left_to_jackson_which_refuses_it() {
        String atCap = "[".repeat(LocatedTreeReader.MAX_DEPTH) + "]".repeat(LocatedTreeReader.MAX_DEPTH);
        String deeper = "[" + atCap + "]";

        assertThat(plain(lines(atCap))).isEqualTo(jackson(lines(atCap)));
        assertThat(plain(lines(deeper))).isNull();
        assertThat(dispatched(lines(deeper))).singleElement().asString().contains("nested deeper than");
    }

    @Test
    void numbers_and_names_over_jacksons_limits_are_left_to_jackson() {
        String longNumber = "[" + "9".repeat(1_001) + "]";
        String longName = "{\"" + "n".repeat(50_001) + "\": 1}";

        assertThat(plain(lines(longNumber))).isNull();
        assertThat(dispatched(lines(longNumber))).isEqualTo(jackson(lines(longNumber)));
        assertThat(plain(lines(longName))).isNull();
        assertThat(dispatched(lines(longName))).isEqualTo(jackson(lines(longName)));
    }

    @Test
    void numbers_and_names_at_jacksons_limits_are_read() {
        String number = "[" + "9".repeat(1_000) + "]";
        String name = "{\"" + "n".repeat(50_000) + "\": 1}";

        assertThat(plain(lines(number))).isNotNull().isEqualTo(jackson(lines(number)));
        assertThat(plain(lines(name))).isNotNull().isEqualTo(jackson(lines(name)));
    }

    @Test
    void an_error_keeps_jacksons_words_and_the_users_line_and_column() {
        List<String> error = dispatched(lines("{\n  \"a\": 1,\n}"));

        assertThat(error).singleElement().asString().startsWith("error: stdin line 3, column 1: not valid JSON: ");
    }
}
