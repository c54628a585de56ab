package dev.kubeadvisor.parse.describe;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NodeConditionRowTest {

    private static final String HEARTBEAT = "Thu, 26 Nov 2026 11:01:35 +0000";
    private static final String TRANSITION = "Thu, 26 Nov 2026 10:55:50 -0700";

    @Test
    void reads_the_six_cells_whatever_the_spacing() {
        assertThat(NodeConditionRow.cells("MemoryPressure   True \t" + HEARTBEAT + "  " + TRANSITION
                + "   KubeletHasInsufficientMemory   kubelet has  insufficient memory"))
                .containsExactly("MemoryPressure", "True", HEARTBEAT, TRANSITION, "KubeletHasInsufficientMemory",
                        "kubelet has  insufficient memory");
    }

    @Test
    void refuses_a_row_whose_times_are_not_kubectl_times() {
        assertThat(NodeConditionRow.cells("Ready  True  26/11/2026  " + TRANSITION + "  KubeletReady  ok")).isNull();
        assertThat(NodeConditionRow.cells("Ready  True  " + HEARTBEAT + "0  " + TRANSITION + "  KubeletReady  ok"))
                .isNull();
    }

    @Test
    void refuses_a_row_without_a_message() {
        assertThat(NodeConditionRow.cells("Ready  True  " + HEARTBEAT + "  " + TRANSITION + "  KubeletReady")).isNull();
        assertThat(NodeConditionRow.cells("Ready")).isNull();
        assertThat(NodeConditionRow.cells("")).isNull();
    }

    @Test
    void refuses_a_message_holding_a_line_separator() {
        assertThat(NodeConditionRow.cells("Ready  True  " + HEARTBEAT + "  " + TRANSITION + "  KubeletReady  a\u2028b"))
                .isNull();
    }
}
