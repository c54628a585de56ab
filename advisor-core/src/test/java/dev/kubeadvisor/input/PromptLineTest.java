package dev.kubeadvisor.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PromptLineTest {

    @Test
    void cuts_a_command_into_words_at_runs_of_blanks() {
        assertThat(PromptLine.words("get events -n  shop\t-o wide")).containsExactly("get", "events", "-n", "shop",
                "-o", "wide");
        assertThat(PromptLine.words("logs")).containsExactly("logs");
    }

    @Test
    void an_empty_command_is_one_empty_word() {
        assertThat(PromptLine.words("")).containsExactly("");
    }

    @Test
    void cuts_words_as_the_blank_pattern_does_for_any_stripped_command() {
        Random random = new Random(42);
        String alphabet = "ab-/= \t\u000B\f\u00A0\u2003x";
        for (int n = 0; n < 5_000; n++) {
            StringBuilder command = new StringBuilder();
            for (int c = random.nextInt(12); c > 0; c--) {
                command.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String stripped = command.toString().strip();
            assertThat(PromptLine.words(stripped)).as("\"%s\"", stripped)
                    .isEqualTo(List.of(stripped.split("\\s+")));
        }
    }

    @Test
    void reads_verb_resource_name_and_namespace_of_a_pasted_command() {
        PromptLine prompt = PromptLine.of("user@host:~$ kubectl get pod/web-1 -n shop -o yaml");

        assertThat(prompt).isEqualTo(new PromptLine("get", "pod", "web-1", "shop", false));
    }

    @Test
    void a_flag_that_takes_a_value_does_not_name_the_object() {
        PromptLine prompt = PromptLine.of("$ kubectl get events --field-selector involvedObject.name=web-1 -A");

        assertThat(prompt).isEqualTo(new PromptLine("get", "events", null, null, true));
    }
}
