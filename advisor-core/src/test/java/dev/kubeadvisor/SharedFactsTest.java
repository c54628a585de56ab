package dev.kubeadvisor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kubeadvisor.model.ContainerKind;
import dev.kubeadvisor.model.ContainerState;
import dev.kubeadvisor.model.ContainerStatus;
import dev.kubeadvisor.model.ObjectRef;
import dev.kubeadvisor.model.PodInfo;
import dev.kubeadvisor.model.Resources;
import dev.kubeadvisor.model.SourceLine;
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

    @Test
    void keeps_once_the_pod_and_container_facts_that_two_snapshots_read_alike() {
        List<Object> joined = SharedFacts.of(List.of(
                snapshot(pod("node.json"), container("node.json", "Running")),
                snapshot(pod("node.json"), container("node.json", "Running"))));

        assertThat(joined).containsExactly(pod("node.json"), container("node.json", "Running"));
    }

    @Test
    void keeps_each_of_two_facts_about_the_same_container_that_differ() {
        List<Object> joined = SharedFacts.of(List.of(
                snapshot(pod("a.json"), container("a.json", "Running")),
                snapshot(pod("b.json"), container("b.json", "Waiting"))));

        assertThat(joined).containsExactly(pod("a.json"), container("a.json", "Running"), pod("b.json"),
                container("b.json", "Waiting"));
    }

    private static PodInfo pod(String document) {
        return new PodInfo(POD_A, "Running", null, null, "worker-3", null, "BestEffort",
                new SourceLine(document, 7, "    \"name\" : \"a\","), null, null, null, null);
    }

    private static ContainerStatus container(String document, String state) {
        return new ContainerStatus(POD_A, "app", ContainerKind.APP, "web:1", new ContainerState(state, null, null,
                null, null, null, null, new SourceLine(document, 24, "        \"" + state.toLowerCase() + "\" : {"),
                null, null, null), null, true, 0, Resources.NONE, Resources.NONE, null, null, null,
                new SourceLine(document, 20, "      \"name\" : \"app\","), null, null, null);
    }

    private static Snapshot snapshot(Object... facts) {
        return new Snapshot(List.of(facts), List.of(), List.of(), List.of());
    }
}
