package dev.kubeadvisor.parse.describe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.kubeadvisor.model.KubeEvent;
import dev.kubeadvisor.model.ObjectRef;
import dev.kubeadvisor.model.SourceLine;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventTableTest {

    private static final ObjectRef POD = ObjectRef.pod("default", "web-1");

    @Test
    void reads_the_modern_layout_with_repeated_and_single_ages() {
        List<KubeEvent> events = read("""
                Events:
                  Type     Reason     Age                  From     Message
                  ----     ------     ----                 ----     -------
                  Normal   Pulled     60m                  kubelet  Container image "web:1" already present on machine
                  Warning  BackOff    23s (x250 over 56m)  kubelet  Back-off restarting failed container app in pod web-1_default(abc)
                  Normal   Scheduled  <unknown>            default-scheduler  Successfully assigned default/web-1 to node-a
                """);
        assertThat(events).extracting(KubeEvent::reason, KubeEvent::age, KubeEvent::count)
                .containsExactly(
                        tuple("Pulled", "60m", 1),
                        tuple("BackOff", "23s", 250),
                        tuple("Scheduled", "<unknown>", 1));
        assertThat(events.get(1).container()).isEqualTo("app");
        assertThat(events.get(1).isWarning()).isTrue();
    }

    @Test
    void strips_the_field_path_prefix_of_kubectl_1_35_and_keeps_its_container() {
        List<KubeEvent> events = read("""
                Events:
                  Type     Reason     Age   From     Message
                  ----     ------     ----  ----     -------
                  Warning  Unhealthy  2m    kubelet  spec.containers{api}: Liveness probe failed: HTTP probe failed with statuscode: 500
                """);
        assertThat(events.get(0).container()).isEqualTo("api");
        assertThat(events.get(0).message()).isEqualTo("Liveness probe failed: HTTP probe failed with statuscode: 500");
    }

    @Test
    void reads_the_old_layout_with_first_seen_last_seen_and_sub_object_path() {
        List<KubeEvent> events = read("""
                Events:
                  FirstSeen	LastSeen	Count	From			SubObjectPath		Type		Reason		Message
                  ---------	--------	-----	----			-------------		--------	------		-------
                  1m		1m		1	{default-scheduler }				Normal		Scheduled	Successfully assigned web-1 to node-a
                  1m		5s		7	{kubelet node-a}	spec.containers{app}	Warning		BackOff		Back-off restarting failed container
                """);
        assertThat(events).hasSize(2);
        KubeEvent backOff = events.get(1);
        assertThat(backOff.reason()).isEqualTo("BackOff");
        assertThat(backOff.count()).isEqualTo(7);
        assertThat(backOff.container()).isEqualTo("app");
    }

    @Test
    void accepts_a_source_with_the_node_name_of_old_kubelets() {
        List<KubeEvent> events = read("""
                Events:
                  Type     Reason   Age  From                Message
                  ----     ------   ---  ----                -------
                  Warning  Failed   3m   kubelet, node-a     Error: ImagePullBackOff
                """);
        assertThat(events.get(0).from()).isEqualTo("kubelet, node-a");
        assertThat(events.get(0).message()).isEqualTo("Error: ImagePullBackOff");
    }

    @Test
    void joins_a_message_that_a_terminal_wrapped_onto_the_next_line() {
        List<KubeEvent> events = read("""
                Events:
                  Type     Reason            Age   From               Message
                  ----     ------            ----  ----               -------
                  Warning  FailedScheduling  1m    default-scheduler  0/3 nodes are available: 3 Insufficient
                    cpu. preemption: 0/3 nodes are available: 3 No preemption victims found for incoming pod.
                """);
        assertThat(events).hasSize(1);
        assertThat(events.get(0).message()).contains("3 Insufficient cpu. preemption");
    }

    @Test
    void names_the_container_from_the_usual_kubelet_messages() {
        assertThat(EventTable.containerNamedIn("Container app failed liveness probe, will be restarted")).isEqualTo("app");
        assertThat(EventTable.containerNamedIn("Created container: worker")).isEqualTo("worker");
        assertThat(EventTable.containerNamedIn("Back-off restarting failed container")).isNull();
        assertThat(EventTable.containerNamedIn("Pulling image \"x\"")).isNull();
        assertThat(EventTable.containerNamedIn("Exec lifecycle hook ([/bin/sh -c /opt/warm-cache.sh]) for Container "
                + "\"nginx\" in Pod \"web-6c9f(7a1b)\" failed - error: command '/bin/sh -c /opt/warm-cache.sh' exited "
                + "with 126: , message: \"\"")).isEqualTo("nginx");
        assertThat(EventTable.containerNamedIn("HTTP lifecycle hook (/drain) for Container \"api\" in Pod "
                + "\"api-0_shop(9f1e)\" failed - error: Get \"http://10.1.2.3:8080/drain\": dial tcp: connect: "
                + "connection refused")).isEqualTo("api");
    }

    private static List<KubeEvent> read(String text) {
        List<SourceLine> lines = new ArrayList<>();
        String[] raw = text.split("\n");
        for (int i = 0; i < raw.length; i++) {
            lines.add(new SourceLine("describe.txt", i + 1, raw[i]));
        }
        DescribeTree tree = DescribeTree.parse(lines);
        return EventTable.read(tree.root("Events"), POD);
    }
}
