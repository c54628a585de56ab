package dev.kubeadvisor.parse.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.kubeadvisor.Snapshot;
import dev.kubeadvisor.model.KubeEvent;
import dev.kubeadvisor.model.SchedulingFailure;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventListParserTest {

    private static List<KubeEvent> events(String text) {
        return Snapshot.fromText(text).facts().stream().filter(KubeEvent.class::isInstance)
                .map(KubeEvent.class::cast).toList();
    }

    @Test
    void reads_get_events_rows_about_the_object_of_their_object_column_in_the_namespace_of_the_command() {
        List<KubeEvent> events = events("$ kubectl get events -n shop\n"
                + "LAST SEEN   TYPE      REASON             OBJECT          MESSAGE\n"
                + "2m          Warning   BackOff            pod/web-1       Back-off restarting failed container app in pod web-1_shop(1)\n"
                + "5m          Normal    ScalingReplicaSet  deployment/web  Scaled up replica set web-7d4b9c to 1\n"
                + "6m          Warning   NodeNotReady       node/node-a     Node node-a status is now: NodeNotReady\n");
        assertThat(events).extracting(e -> e.involved().key(), KubeEvent::type, KubeEvent::reason, KubeEvent::age,
                KubeEvent::count, KubeEvent::container).containsExactly(
                tuple("Pod/shop/web-1", "Warning", "BackOff", "2m", 1, "app"),
                tuple("Deployment/shop/web", "Normal", "ScalingReplicaSet", "5m", 1, null),
                tuple("Node/node-a", "Warning", "NodeNotReady", "6m", 1, null));
    }

    @Test
    void reads_wide_rows_with_their_count_source_and_container_field_path_even_when_a_cell_is_empty() {
        List<KubeEvent> events = events(""
                + "NAMESPACE   LAST SEEN   TYPE      REASON             OBJECT          SUBOBJECT               SOURCE              MESSAGE                                      FIRST SEEN   COUNT   NAME\n"
                + "shop        2m          Warning   Unhealthy          pod/web-1       spec.containers{app}    kubelet, node-a     Liveness probe failed: HTTP probe failed     20m          12      web-1.1\n"
                + "jobs        5m          Warning   FailedScheduling   pod/report-1                            default-scheduler   0/3 nodes are available: 3 Insufficient cpu.   5m           1       report-1.2\n");
        assertThat(events).extracting(e -> e.involved().key(), KubeEvent::count, KubeEvent::from, KubeEvent::container,
                KubeEvent::message).containsExactly(
                tuple("Pod/shop/web-1", 12, "kubelet, node-a", "app", "Liveness probe failed: HTTP probe failed"),
                tuple("Pod/jobs/report-1", 1, "default-scheduler", null, "0/3 nodes are available: 3 Insufficient cpu."));
        assertThat(Snapshot.fromText("NAMESPACE   LAST SEEN   TYPE      REASON             OBJECT          MESSAGE\n"
                + "jobs        5m          Warning   FailedScheduling   pod/report-1    0/3 nodes are available: 3 Insufficient cpu.\n")
                .facts()).anyMatch(SchedulingFailure.class::isInstance);
    }

    @Test
    void reads_kubectl_events_intervals_and_capitalised_kinds() {
        assertThat(events("LAST SEEN              TYPE      REASON    OBJECT      MESSAGE\n"
                + "3m (x12 over 20m)      Warning   BackOff   Pod/web-1   Back-off restarting failed container app in pod web-1_default(1)\n"))
                .extracting(e -> e.involved().key(), KubeEvent::age, KubeEvent::count)
                .containsExactly(tuple("Pod/default/web-1", "3m", 12));
    }

    @Test
    void gives_a_row_without_namespace_the_namespace_of_the_described_pod_of_that_name() {
        String describe = "Name:  web-1\nNamespace:  shop\nStatus:  Running\nContainers:\n  app:\n    Image:  nginx\n";
        assertThat(events("LAST SEEN   TYPE      REASON    OBJECT      MESSAGE\n"
                + "2m          Warning   BackOff   pod/web-1   Back-off restarting failed container app in pod web-1_shop(1)\n"
                + describe)).extracting(e -> e.involved().key()).containsExactly("Pod/shop/web-1");
    }

    @Test
    void ties_describe_style_rows_without_header_to_the_pod_of_the_command_line_or_the_only_described_pod() {
        assertThat(events("$ kubectl describe pod web-1 -n shop\n"
                + "  Warning  BackOff  3m (x12 over 10m)  kubelet  Back-off restarting failed container\n"))
                .extracting(e -> e.involved().key(), KubeEvent::count).containsExactly(tuple("Pod/shop/web-1", 12));
        assertThat(events("Warning  BackOff  3m (x12 over 10m)  kubelet  Back-off restarting failed container\n"))
                .extracting(e -> e.involved().key()).containsExactly("Pod/default/<pod>");
    }

    @Test
    void makes_a_pod_known_only_from_its_warnings_a_subject_that_is_not_called_healthy() {
        Snapshot snapshot = Snapshot.fromText("LAST SEEN   TYPE      REASON    OBJECT      MESSAGE\n"
                + "2m          Warning   BackOff   pod/web-1   Back-off restarting failed container app in pod web-1_shop(1)\n");
        assertThat(snapshot.subjects()).extracting(Object::toString).containsExactly("Pod/default/web-1");
    }
}
