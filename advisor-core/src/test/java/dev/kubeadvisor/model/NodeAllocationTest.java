package dev.kubeadvisor.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NodeAllocationTest {

    private static final ObjectRef NODE = new ObjectRef("Node", null, "worker-20");

    @Test
    void memory_limits_above_150_percent_are_a_risk_and_cpu_limits_are_not() {
        assertThat(row("memory", "5Gi", 32, "30Gi", 196).isMemoryOvercommitted()).isTrue();
        assertThat(row("memory", "4Gi", 26, "16Gi", 150).isMemoryOvercommitted()).isFalse();
        assertThat(row("cpu", "1250m", 31, "8", 204).isMemoryOvercommitted()).isFalse();
    }

    @Test
    void requests_from_95_percent_make_the_node_nearly_full() {
        assertThat(row("cpu", "3800m", 96, "4", 102).isNearlyFullyRequested()).isTrue();
        assertThat(row("memory", "14Gi", 94, "14Gi", 94).isNearlyFullyRequested()).isFalse();
        assertThat(row("ephemeral-storage", "90Gi", 99, "0", 0).isNearlyFullyRequested()).isFalse();
    }

    @Test
    void describes_the_rows_that_count_by_what_makes_them_count() {
        List<NodeAllocation> rows = List.of(row("cpu", "3800m", 96, "4", 102), row("memory", "5Gi", 32, "30Gi", 196));

        assertThat(NodeAllocation.describeAll(rows)).isEqualTo("cpu requests 3800m (96%), memory limits 30Gi (196%)");
        assertThat(NodeAllocation.anyMemoryOvercommitted(rows)).isTrue();
    }

    private static NodeAllocation row(String resource, String requests, int requestsPercent, String limits,
                                      int limitsPercent) {
        return new NodeAllocation(NODE, resource, Quantity.parse(requests), requestsPercent, Quantity.parse(limits),
                limitsPercent, new SourceLine("describe.txt", 60, "  " + resource));
    }
}
