package dev.kubeadvisor.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PodRequestsTest {

    private static final ObjectRef POD = ObjectRef.pod("search", "indexer-6c9f7d5b8-w4k2n");

    private static ContainerStatus container(String name, ContainerKind kind, String cpu, String memory, int line) {
        Resources requests = new Resources(Quantity.parse(cpu), Quantity.parse(memory),
                cpu == null ? null : new SourceLine("describe.txt", line + 1, "      cpu:     " + cpu),
                memory == null ? null : new SourceLine("describe.txt", line + 2, "      memory:  " + memory));
        return new ContainerStatus(POD, name, kind, "img", null, null, null, null, Resources.NONE, requests,
                null, null, null, new SourceLine("describe.txt", line, "  " + name + ":"), null, null, null);
    }

    @Test
    void quotes_a_single_container_request_as_printed() {
        List<ContainerStatus> one = List.of(container("indexer", ContainerKind.APP, "3500m", "6Gi", 20));

        assertThat(PodRequests.describe(one, "cpu")).isEqualTo("3500m (indexer)");
        assertThat(PodRequests.describe(one, "memory")).isEqualTo("6Gi (indexer)");
        assertThat(PodRequests.lines(one, "memory")).extracting(SourceLine::line).containsExactly(22);
    }

    @Test
    void adds_up_the_app_containers_and_names_each() {
        List<ContainerStatus> two = List.of(container("sidecar", ContainerKind.APP, "500m", "512Mi", 40),
                container("indexer", ContainerKind.APP, "2", "1Gi", 20));

        assertThat(PodRequests.describe(two, "cpu")).isEqualTo("2500m (indexer 2, sidecar 500m)");
        assertThat(PodRequests.describe(two, "memory")).isEqualTo("1536Mi (indexer 1Gi, sidecar 512Mi)");
        assertThat(PodRequests.lines(two, "cpu")).extracting(SourceLine::line).containsExactly(21, 41);
    }

    @Test
    void counts_an_init_container_when_it_asks_for_more_than_the_app_containers() {
        List<ContainerStatus> containers = List.of(container("migrate", ContainerKind.INIT, "4", null, 10),
                container("indexer", ContainerKind.APP, "1", null, 20));

        assertThat(PodRequests.describe(containers, "cpu")).isEqualTo("4 (init container migrate)");
    }

    @Test
    void leaves_out_an_init_container_that_asks_for_less() {
        List<ContainerStatus> containers = List.of(container("istio-init", ContainerKind.INIT, "100m", null, 10),
                container("etl-worker", ContainerKind.APP, "6", null, 20),
                container("istio-proxy", ContainerKind.APP, "100m", null, 30));

        assertThat(PodRequests.describe(containers, "cpu")).isEqualTo("6100m (etl-worker 6, istio-proxy 100m)");
    }

    @Test
    void says_nothing_when_no_container_shows_a_request() {
        assertThat(PodRequests.describe(List.of(container("indexer", ContainerKind.APP, null, null, 20)), "cpu"))
                .isEqualTo("not shown in this input");
    }
}
