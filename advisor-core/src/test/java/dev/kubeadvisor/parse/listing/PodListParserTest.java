package dev.kubeadvisor.parse.listing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.kubeadvisor.Snapshot;
import dev.kubeadvisor.model.ContainerStatus;
import dev.kubeadvisor.model.PodInfo;
import dev.kubeadvisor.model.PodListing;
import java.util.List;
import org.junit.jupiter.api.Test;

class PodListParserTest {

    private static <T> List<T> facts(String text, Class<T> type) {
        return Snapshot.fromText(text).facts().stream().filter(type::isInstance).map(type::cast).toList();
    }

    @Test
    void reads_every_column_of_wide_rows_in_all_namespaces() {
        List<PodListing> rows = facts(""
                + "NAMESPACE   NAME     READY   STATUS             RESTARTS        AGE   IP           NODE     NOMINATED NODE   READINESS GATES\n"
                + "shop        web-1    0/1     CrashLoopBackOff   7 (2m13s ago)   14m   10.244.1.7   node-a   <none>           <none>\n"
                + "jobs        pay-1    0/1     Pending            0               3m    <none>       <none>   <none>           <none>\n",
                PodListing.class);
        assertThat(rows).extracting(r -> r.ref().key(), PodListing::ready, PodListing::status, PodListing::restarts,
                PodListing::age, PodListing::node).containsExactly(
                tuple("Pod/shop/web-1", "0/1", "CrashLoopBackOff", 7, "14m", "node-a"),
                tuple("Pod/jobs/pay-1", "0/1", "Pending", 0, "3m", null));
    }

    @Test
    void turns_each_status_into_the_phase_and_container_state_a_describe_would_show() {
        String text = "$ kubectl get pods -n shop\nNAME   READY   STATUS                  RESTARTS      AGE\n"
                + "a      0/1     OOMKilled               4 (52s ago)   6m\n"
                + "b      0/1     Init:CrashLoopBackOff   3             2m\n"
                + "c      0/2     Init:0/1                0             1m\n"
                + "d      0/1     ImagePullBackOff        0             1m\n"
                + "e      0/1     Evicted                 0             1h\n"
                + "f      1/1     Running                 0             2d\n"
                + "g      0/1     Completed               0             2d\n"
                + "h      1/1     Terminating             0             2d\n";
        assertThat(facts(text, PodInfo.class)).extracting(p -> p.ref().name(), PodInfo::phase, PodInfo::reason)
                .containsExactly(tuple("a", "Running", null), tuple("b", "Pending", null), tuple("c", "Pending", null),
                        tuple("d", "Pending", null), tuple("e", "Failed", "Evicted"), tuple("f", "Running", null),
                        tuple("g", "Succeeded", null), tuple("h", null, null));
        assertThat(facts(text, ContainerStatus.class)).extracting(c -> c.pod().name(), ContainerStatus::isInit,
                c -> c.state() == null ? null : c.state().state() + "/" + c.state().reason(), ContainerStatus::ready)
                .containsExactly(tuple("a", false, "Terminated/OOMKilled", false),
                        tuple("b", true, "Waiting/CrashLoopBackOff", false), tuple("c", true, null, false),
                        tuple("d", false, "Waiting/ImagePullBackOff", false), tuple("f", false, "Running/null", true),
                        tuple("g", false, "Terminated/Completed", false));
    }

    @Test
    void lets_a_described_pod_keep_only_its_describe_facts() {
        String text = "NAME    READY   STATUS      RESTARTS   AGE\nweb-1   0/1     OOMKilled   4          6m\n"
                + "Name:  web-1\nNamespace:  default\nStatus:  Running\nContainers:\n  app:\n    Image:  nginx\n";
        assertThat(facts(text, PodInfo.class)).hasSize(1).allMatch(p -> p.statusLine().line() == 5);
        assertThat(facts(text, ContainerStatus.class)).extracting(ContainerStatus::name).containsExactly("app");
    }

    @Test
    void names_the_stand_in_container_after_the_one_container_the_events_name() {
        String text = "NAME    READY   STATUS             RESTARTS   AGE\nweb-1   0/1     CrashLoopBackOff   4          6m\n"
                + "LAST SEEN   TYPE      REASON    OBJECT      MESSAGE\n"
                + "2m          Warning   BackOff   pod/web-1   Back-off restarting failed container app in pod web-1_default(1)\n";
        assertThat(facts(text, ContainerStatus.class)).extracting(ContainerStatus::name).containsExactly("app");
    }
}
