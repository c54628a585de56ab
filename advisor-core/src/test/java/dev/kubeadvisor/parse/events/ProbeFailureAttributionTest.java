package dev.kubeadvisor.parse.events;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kubeadvisor.model.ContainerKind;
import dev.kubeadvisor.model.ContainerStatus;
import dev.kubeadvisor.model.KubeEvent;
import dev.kubeadvisor.model.ObjectRef;
import dev.kubeadvisor.model.Probe;
import dev.kubeadvisor.model.ProbeFailure;
import dev.kubeadvisor.model.Resources;
import dev.kubeadvisor.model.SourceLine;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProbeFailureAttributionTest {

    private static final ObjectRef POD = ObjectRef.pod("shop", "cart-5f7d8b9c6-lk2mx");
    private static final SourceLine LINE = new SourceLine("describe.txt", 70, "  Warning  Unhealthy ...");

    private static KubeEvent unhealthy(String message, String container) {
        return new KubeEvent(POD, "Warning", "Unhealthy", "12s", 9, "kubelet", message, container, LINE);
    }

    private static ContainerStatus container(String name, boolean liveness, boolean readiness) {
        Probe probe = new Probe("Liveness", "http-get", "http://:8080/healthz", 0, 1, 10, 1, 3,
                new SourceLine("describe.txt", 30, "    Liveness:  http-get http://:8080/healthz"));
        return new ContainerStatus(POD, name, ContainerKind.APP, "img", null, null, true, 0, Resources.NONE,
                Resources.NONE, liveness ? probe : null, readiness ? probe : null, null, null, null, null, null);
    }

    @Test
    void gives_the_failure_to_the_container_the_event_names() {
        List<ContainerStatus> both = List.of(container("cart", true, true), container("envoy", true, true));

        assertThat(ProbeFailureAttribution.of(unhealthy("Liveness probe failed: HTTP probe failed with statuscode: 500",
                "envoy"), both)).hasValueSatisfying(f -> {
            assertThat(f.container()).isEqualTo("envoy");
            assertThat(f.probe()).isEqualTo("Liveness");
            assertThat(f.count()).isEqualTo(9);
            assertThat(f.detail()).isEqualTo("HTTP probe failed with statuscode: 500");
        });
    }

    @Test
    void gives_an_unnamed_failure_to_the_only_container_with_that_probe() {
        List<ContainerStatus> containers = List.of(container("cart", false, true), container("envoy", true, false));

        assertThat(ProbeFailureAttribution.of(unhealthy("Readiness probe failed:", null), containers))
                .map(ProbeFailure::container).hasValue("cart");
        assertThat(ProbeFailureAttribution.of(unhealthy("Readiness probe failed:", null), containers))
                .map(ProbeFailure::detail).isEmpty();
        assertThat(ProbeFailureAttribution.of(unhealthy("Liveness probe failed: dial tcp 10.244.1.9:9901: connect: "
                + "connection refused", null), containers)).map(ProbeFailure::container).hasValue("envoy");
    }

    @Test
    void gives_nothing_when_two_containers_could_be_meant() {
        List<ContainerStatus> both = List.of(container("cart", true, false), container("envoy", true, false));

        assertThat(ProbeFailureAttribution.of(unhealthy("Liveness probe failed: timeout", null), both)).isEmpty();
    }

    @Test
    void gives_nothing_for_a_probe_that_errored_rather_than_failed() {
        List<ContainerStatus> one = List.of(container("cart", true, true));

        assertThat(ProbeFailureAttribution.of(unhealthy("Liveness probe errored: rpc error: code = NotFound desc = "
                + "container is not running", null), one)).isEmpty();
    }
}
