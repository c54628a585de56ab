package dev.kubeadvisor.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UnixSignalTest {

    @Test
    void reads_the_signal_from_an_exit_code_above_128() {
        assertThat(UnixSignal.fromExitCode(139).name()).isEqualTo("SIGSEGV");
        assertThat(UnixSignal.fromExitCode(134).name()).isEqualTo("SIGABRT");
        assertThat(UnixSignal.fromExitCode(141).name()).isEqualTo("SIGPIPE");
    }

    @Test
    void names_an_unusual_signal_by_its_number() {
        assertThat(UnixSignal.fromExitCode(162).name()).isEqualTo("signal 34");
    }

    @Test
    void is_no_signal_for_ordinary_exit_codes() {
        assertThat(UnixSignal.fromExitCode(1)).isNull();
        assertThat(UnixSignal.fromExitCode(128)).isNull();
        assertThat(UnixSignal.fromExitCode(255)).isNull();
    }
}
