package dev.kubeadvisor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kubeadvisor.model.ObjectRef;
import java.util.List;
import org.junit.jupiter.api.Test;

class SharedFactsTest {

    private static final ObjectRef NODE = new ObjectRef("Node", null, "worker-3");
    private static final ObjectRef POD_A = new ObjectRef("Pod", "shop", "a");
    private static final ObjectRef POD_B = new ObjectRef("Pod", "shop", "b");

    @Test
    void keeps_a_fact_that_several_snapshots_hold_once() {
        List<Object> joined = SharedFacts.of(List.of(snapshot(NODE, POD_A), snapshot(NODE, POD_B)));

        assertThat(joined).containsExactly(NODE, POD_A, POD_B);
    }

    @Test
    void keeps_a_fact_as_many_times_as_the_snapshot_that_holds_it_most() {
        List<Object> joined = SharedFacts.of(List.of(snapshot(NODE, POD_A), snapshot(NODE, NODE, POD_B)));

        assertThat(joined).containsExactly(NODE, POD_A, NODE, POD_B);
    }

    private static Snapshot snapshot(Object... facts) {
        return new Snapshot(List.of(facts), List.of(), List.of(), List.of());
    }
}
