package dev.kubeadvisor.parse.describe;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kubeadvisor.model.Probe;
import org.junit.jupiter.api.Test;

class ProbeLineTest {

    @Test
    void reads_the_hash_attributes_printed_up_to_kubectl_1_36() {
        Probe probe = ProbeLine.parse("Liveness",
                "http-get http://:8080/healthz delay=10s timeout=1s period=10s #success=1 #failure=3", null);
        assertThat(probe.action()).isEqualTo("http-get");
        assertThat(probe.target()).isEqualTo("http://:8080/healthz");
        assertThat(probe.delaySeconds()).isEqualTo(10);
        assertThat(probe.timeoutSeconds()).isEqualTo(1);
        assertThat(probe.periodSeconds()).isEqualTo(10);
        assertThat(probe.successThreshold()).isEqualTo(1);
        assertThat(probe.failureThreshold()).isEqualTo(3);
    }

    @Test
    void reads_the_threshold_names_of_kubectl_1_37() {
        Probe probe = ProbeLine.parse("Readiness",
                "exec [cat /app/ready] delay=0s timeout=5s period=5s successThreshold=2 failureThreshold=6", null);
        assertThat(probe.action()).isEqualTo("exec");
        assertThat(probe.target()).isEqualTo("[cat /app/ready]");
        assertThat(probe.successThreshold()).isEqualTo(2);
        assertThat(probe.failureThreshold()).isEqualTo(6);
    }

    @Test
    void keeps_an_unknown_probe_kind_without_failing() {
        Probe probe = ProbeLine.parse("Startup", "something-new :9 delay=1s", null);
        assertThat(probe.action()).isEqualTo("something-new");
        assertThat(probe.delaySeconds()).isEqualTo(1);
    }

    @Test
    void keeps_the_last_of_settings_printed_twice_under_either_name() {
        Probe probe = ProbeLine.parse("Liveness",
                "tcp-socket :5432 delay=1s delay=2s #success=1 successThreshold=4 failureThreshold=5 #failure=6", null);
        assertThat(probe.target()).isEqualTo(":5432");
        assertThat(probe.delaySeconds()).isEqualTo(2);
        assertThat(probe.successThreshold()).isEqualTo(4);
        assertThat(probe.failureThreshold()).isEqualTo(6);
    }

    @Test
    void reads_settings_only_after_white_space_and_at_most_nine_digits_of_them() {
        Probe probe = ProbeLine.parse("Liveness", "exec [x] xdelay=3s timeout=12345678901s period=s", null);
        assertThat(probe.delaySeconds()).isNull();
        assertThat(probe.timeoutSeconds()).isEqualTo(123_456_789);
        assertThat(probe.periodSeconds()).isNull();
    }
}
