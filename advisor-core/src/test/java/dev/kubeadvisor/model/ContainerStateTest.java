package dev.kubeadvisor.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ContainerStateTest {

    @Test
    void tells_how_a_run_ended_when_and_after_how_long() {
        ContainerState oom = terminated("OOMKilled", 137, "Wed, 25 Nov 2026 21:40:02 +0000",
                "Wed, 25 Nov 2026 21:40:04 +0000", null);

        assertThat(oom.outcome()).isEqualTo("exit code 137 (OOMKilled)");
        assertThat(oom.ending())
                .isEqualTo("exit code 137 (OOMKilled) at Wed, 25 Nov 2026 21:40:04 +0000 after running 2s");
    }

    @Test
    void reads_timestamps_in_any_zone_even_with_a_wrong_weekday() {
        ContainerState run = terminated("Error", 1, "Mon, 26 Nov 2024 12:36:31 +0100",
                "Tue, 26 Nov 2024 14:48:32 +0200", null);

        assertThat(run.ranFor()).isEqualTo(Duration.ofMinutes(72).plusSeconds(1));
    }

    @Test
    void has_no_duration_when_the_process_never_started() {
        ContainerState startError = terminated("StartError", 128, "Thu, 01 Jan 1970 01:00:00 +0100",
                "Tue, 26 Nov 2024 12:36:12 +0100", "failed to create containerd task");

        assertThat(startError.ranFor()).isNull();
        assertThat(startError.ending()).isEqualTo("exit code 128 (StartError) at Tue, 26 Nov 2024 12:36:12 +0100");
    }

    @Test
    void names_the_reason_when_there_is_no_exit_code() {
        assertThat(terminated("ContainerCannotRun", null, null, null, null).outcome()).isEqualTo("ContainerCannotRun");
    }

    @Test
    void picks_the_line_of_a_log_tail_that_names_the_error() {
        assertThat(headline("panic: runtime error: index out of range [3] with length 3\n\ngoroutine 1 [running]:\n"
                + "main.main()\n\t/app/main.go:12 +0x1d"))
                .isEqualTo("panic: runtime error: index out of range [3] with length 3");
        assertThat(headline("Traceback (most recent call last):\n  File \"/app/worker.py\", line 12, in <module>\n"
                + "    raise KeyError(key) from None\nKeyError: 'DATABASE_URL'\n"))
                .isEqualTo("KeyError: 'DATABASE_URL'");
        assertThat(headline("Exception in thread \"main\" java.lang.IllegalStateException: context failed\n"
                + "\tat com.acme.Main.main(Main.java:14)\nCaused by: java.net.ConnectException: Connection refused\n"
                + "\tat java.base/sun.nio.ch.Net.connect0(Native Method)"))
                .isEqualTo("Caused by: java.net.ConnectException: Connection refused");
        assertThat(headline("FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory\n"
                + " 1: 0xb090e0 node::Abort() [node]\n 2: 0xa1b70e node::FatalError(char const*, char const*) [node]"))
                .isEqualTo("FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory");
    }

    @Test
    void shortens_a_long_headline() {
        assertThat(headline("listening on :8080")).isEqualTo("listening on :8080");
        assertThat(headline("x".repeat(300))).hasSize(201).endsWith("…");
    }

    private static String headline(String message) {
        return terminated("Error", 1, null, null, message).messageHeadline();
    }

    @Test
    void writes_durations_the_way_kubectl_does() {
        assertThat(ContainerState.humanDuration(Duration.ofSeconds(45))).isEqualTo("45s");
        assertThat(ContainerState.humanDuration(Duration.ofSeconds(303))).isEqualTo("5m3s");
        assertThat(ContainerState.humanDuration(Duration.ofMinutes(192))).isEqualTo("3h12m");
        assertThat(ContainerState.humanDuration(Duration.ofHours(51))).isEqualTo("2d3h");
    }

    private static ContainerState terminated(String reason, Integer exitCode, String started, String finished,
                                             String message) {
        return new ContainerState("Terminated", reason, message, exitCode, null, started, finished,
                null, null, null, null);
    }
}
