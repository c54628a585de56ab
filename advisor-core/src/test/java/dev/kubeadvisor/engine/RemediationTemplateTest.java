package dev.kubeadvisor.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class RemediationTemplateTest {

    private static final Map<String, String> VALUES = Map.of("pod", "web-1", "namespace", "shop", "c2", "app",
            "dollar", "$1 \\ back");

    @Test
    void fills_known_placeholders_and_leaves_unknown_ones_visible() {
        assertThat(RemediationTemplate.fill("kubectl logs {pod} -n {namespace} -c {container}", VALUES))
                .isEqualTo("kubectl logs web-1 -n shop -c {container}");
    }

    @Test
    void takes_braces_that_hold_no_name_for_text() {
        assertThat(RemediationTemplate.fill("{{pod}} {} {1pod} {pod-x} {c2}{ {pod", VALUES))
                .isEqualTo("{web-1} {} {1pod} {pod-x} app{ {pod");
    }

    @Test
    void inserts_values_literally() {
        assertThat(RemediationTemplate.fill("echo {dollar}", VALUES)).isEqualTo("echo $1 \\ back");
    }

    @Test
    void splits_a_step_from_its_command_and_fills_both() {
        RemediationTemplate template = RemediationTemplate.parse(
                "Read the log of the crashed run: `kubectl logs {pod} --previous -n {namespace}`");

        assertThat(template.fillStep(VALUES)).isEqualTo("Read the log of the crashed run");
        assertThat(template.fillCommand(VALUES)).isEqualTo("kubectl logs web-1 --previous -n shop");
    }

    @Test
    void fills_random_templates_as_a_placeholder_regex_would() {
        Random random = new Random(20261126);
        String alphabet = "{}pod namespace c2 x1-{{}}$\\";
        for (int i = 0; i < 20_000; i++) {
            StringBuilder template = new StringBuilder();
            for (int j = random.nextInt(40); j > 0; j--) {
                template.append(random.nextInt(4) == 0 ? "{pod}" : String.valueOf(alphabet.charAt(
                        random.nextInt(alphabet.length()))));
            }
            assertThat(RemediationTemplate.fill(template.toString(), VALUES)).as(template.toString())
                    .isEqualTo(regexFill(template.toString()));
        }
    }

    private static String regexFill(String template) {
        Matcher m = Pattern.compile("\\{([a-zA-Z][a-zA-Z0-9]*)}").matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = VALUES.get(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(value == null ? m.group() : value));
        }
        return m.appendTail(out).toString();
    }
}
