package dev.kubeadvisor.parse.describe;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kubeadvisor.model.Probe;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** A probe's action and target are read by hand as the regex read them. */
class ProbeLineActionTest {

    private static final Pattern FORMER_ACTION =
            Pattern.compile("^(http-get|tcp-socket|exec|grpc)\\s+(.*?)(?=\\s+delay=|$)");

    @Test
    void reads_the_target_up_to_the_white_space_before_the_delay() {
        Probe probe = ProbeLine.parse("Liveness", "tcp-socket :5432  \t delay=0s timeout=1s", null);
        assertThat(probe.action()).isEqualTo("tcp-socket");
        assertThat(probe.target()).isEqualTo(":5432");
        assertThat(ProbeLine.parse("Liveness", "grpc <pod>:9000", null).target()).isEqualTo("<pod>:9000");
        assertThat(ProbeLine.parse("Liveness", "exec [sh -c echo delay=1s]", null).target())
                .isEqualTo("[sh -c echo");
    }

    @Test
    void reads_every_generated_value_as_the_former_regex_did() {
        Random random = new Random(20261126L);
        String[] parts = {"http-get", "tcp-socket", "exec", "grpc", "execx", " ", "  ", "\t", "delay=", "delay=10s",
            " delay=1s", "timeout=1s", "http://:8080/healthz", "[cat /ready]", "\n", "\r", "\u2028", "\u0085", "x",
            "#success=1", "é"};
        int known = 0;
        for (int n = 0; n < 50_000; n++) {
            StringBuilder value = new StringBuilder(parts[random.nextInt(5)]);
            for (int i = random.nextInt(7); i >= 0; i--) {
                value.append(parts[random.nextInt(parts.length)]);
            }
            String text = value.toString();
            Matcher former = FORMER_ACTION.matcher(text);
            Probe probe = ProbeLine.parse("Liveness", text, null);
            if (former.find()) {
                known++;
                assertThat(probe.action()).as(text).isEqualTo(former.group(1));
                assertThat(probe.target()).as(text).isEqualTo(former.group(2));
            } else {
                assertThat(probe.action()).as(text).isEqualTo(text.split(" ", 2)[0]);
                assertThat(probe.target()).as(text).isNull();
            }
        }
        assertThat(known).as("values that start with a known action").isGreaterThan(5_000);
    }
}
