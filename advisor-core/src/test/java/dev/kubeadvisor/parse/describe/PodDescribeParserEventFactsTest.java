package dev.kubeadvisor.parse.describe;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kubeadvisor.model.KubeEvent;
import dev.kubeadvisor.model.ProbeFailure;
import dev.kubeadvisor.model.SchedulingFailure;
import java.util.List;
import org.junit.jupiter.api.Test;

class PodDescribeParserEventFactsTest {

    @Test
    void reads_scheduling_and_probe_failures_out_of_the_events() {
        List<Object> facts = DescribeFacts.of("""
                Name:             web-7d4b9c-x2k8p
                Namespace:        default
                Node:             node-a/10.0.0.5
                Status:           Running
                Containers:
                  app:
                    Image:          registry.example.com/web:1.4.2
                    State:          Running
                      Started:      Thu, 26 Nov 2026 06:04:25 +0000
                    Ready:          True
                    Restart Count:  3
                    Liveness:       http-get http://:8080/healthz delay=10s timeout=1s period=10s #success=1 #failure=3
                Events:
                  Type     Reason            Age                 From               Message
                  ----     ------            ----                ----               -------
                  Warning  FailedScheduling  60m (x4 over 61m)   default-scheduler  0/3 nodes are available: 1 node(s) had untolerated taint {node-role.kubernetes.io/control-plane: }, 2 Insufficient memory. preemption: 0/3 nodes are available: 1 Preemption is not helpful for scheduling, 2 No preemption victims found for incoming pod.
                  Warning  Unhealthy         7m3s (x9 over 50m)  kubelet            Liveness probe failed: HTTP probe failed with statuscode: 500
                """);

        assertThat(facts).filteredOn(SchedulingFailure.class::isInstance).map(SchedulingFailure.class::cast)
                .extracting(SchedulingFailure::describe).containsExactly(
                        "1 of 3 nodes: node(s) had untolerated taint {node-role.kubernetes.io/control-plane: }",
                        "2 of 3 nodes: Insufficient memory");
        assertThat(facts).filteredOn(ProbeFailure.class::isInstance).map(ProbeFailure.class::cast).singleElement()
                .satisfies(f -> {
                    assertThat(f.container()).isEqualTo("app");
                    assertThat(f.count()).isEqualTo(9);
                    assertThat(f.line().line()).isEqualTo(17);
                });
    }

    @Test
    void keeps_the_lines_of_a_multi_line_event_message_that_kubectl_prints_at_column_0() {
        List<Object> facts = DescribeFacts.of("""
                Name:             report-builder-5f7c8d9b6-qv2xn
                Namespace:        finance
                Node:             worker-2/10.0.3.12
                Status:           Pending
                Events:
                  Type     Reason       Age                 From     Message
                  ----     ------       ----                ----     -------
                  Warning  FailedMount  10s (x14 over 42m)  kubelet  MountVolume.SetUp failed for volume "reports" : mount failed: exit status 32
                Mounting command: mount
                Output: mount.nfs: Connection timed out
                """);

        assertThat(facts).filteredOn(KubeEvent.class::isInstance).map(KubeEvent.class::cast).singleElement()
                .returns("MountVolume.SetUp failed for volume \"reports\" : mount failed: exit status 32 Mounting command: "
                        + "mount Output: mount.nfs: Connection timed out", KubeEvent::message)
                .returns(8, e -> e.line().line());
    }
}
