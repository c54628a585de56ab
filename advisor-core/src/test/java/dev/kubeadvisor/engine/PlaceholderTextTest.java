package dev.kubeadvisor.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PlaceholderTextTest {

    private static final Map<String, String> VALUES = Map.of("pod", "web-1", "namespace", "shop", "c2", "app");

    @Test
    void fills_the_same_text_with_different_values() {
        PlaceholderText text = PlaceholderText.of("kubectl logs {pod} -n {namespace}");

        assertThat(text.fill(VALUES)).isEqualTo("kubectl logs web-1 -n shop");
        assertThat(text.fill(Map.of("pod", "api-2", "namespace", "prod"))).isEqualTo("kubectl logs api-2 -n prod");
    }

    @Test
    void leaves_placeholders_without_a_value_as_written() {
        assertThat(PlaceholderText.of("{pod} {container}{c2}").fill(VALUES)).isEqualTo("web-1 {container}app");
    }

    @Test
    void gives_a_text_without_placeholders_back_unchanged() {
        String plain = "Nothing to fill {} here {1x} {a-b";

        assertThat(PlaceholderText.of(plain).fill(VALUES)).isSameAs(plain);
        assertThat(PlaceholderText.of(plain)).hasToString(plain);
    }

    @Test
    void fills_random_texts_as_a_scan_of_the_text_for_each_fill_does() {
        Random random = new Random(20261126);
        String alphabet = "{}pod namespace c2 x1-{{}}$";
        for (int i = 0; i < 20_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int j = random.nextInt(40); j > 0; j--) {
                text.append(random.nextInt(4) == 0 ? "{pod}" : String.valueOf(alphabet.charAt(
                        random.nextInt(alphabet.length()))));
            }
            assertThat(PlaceholderText.of(text.toString()).fill(VALUES)).as(text.toString())
                    .isEqualTo(scanFill(text.toString()));
        }
    }

    /** The former fill: one scan of the text, replacing each {name} that has a value. */
    private static String scanFill(String text) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            int close = text.charAt(i) == '{' ? text.indexOf('}', i) : -1;
            String name = close > i + 1 ? text.substring(i + 1, close) : "";
            if (name.matches("[a-zA-Z][a-zA-Z0-9]*") && VALUES.containsKey(name)) {
                out.append(VALUES.get(name));
                i = close + 1;
            } else {
                out.append(text.charAt(i++));
            }
        }
        return out.toString();
    }
}
