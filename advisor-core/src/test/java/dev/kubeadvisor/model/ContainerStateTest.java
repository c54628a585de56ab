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
    void shortens_a_message_to_its_first_line() {
        ContainerState withLogTail = terminated("Error", 1, null, null,
                "panic: runtime error: index out of range [3] with length 3\n\ngoroutine 1 [running]:");

        assertThat(withLogTail.messageHeadline()).isEqualTo("panic: runtime error: index out of range [3] with length 3");
        assertThat(terminated("Error", 1, null, null, "x".repeat(300)).messageHeadline()).hasSize(201).endsWith("…");
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
