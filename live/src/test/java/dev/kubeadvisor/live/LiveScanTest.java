package dev.kubeadvisor.live;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.ContainerStatusBuilder;
import io.fabric8.kubernetes.api.model.EventBuilder;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.StatusBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class LiveScanTest {

    private final MockCluster cluster = new MockCluster();

    @AfterEach
    void stop() {
        cluster.close();
    }

    private LiveScan.Result<EvidenceBundle> scan(ScanScope scope) {
        return new LiveScan(cluster.client(), 4, 1).collect(scope, (done, total) -> { });
    }

    private static ScanScope namespace(String namespace) {
        return ScanScope.of(namespace, false, null, List.of());
    }

    @Test
    void reads_the_pod_its_events_and_its_owner_chain_as_json_documents() {
        cluster.create(List.of(crashingPod("web-7d4b9c-x2k8p", "shop", "web-7d4b9c", 0),
                backOffEvent("web-7d4b9c-x2k8p", "shop")))
                .previousLog("shop", "web-7d4b9c-x2k8p", "app", "Error: connect ECONNREFUSED 10.0.0.7:5432\n");

        LiveScan.Result<EvidenceBundle> result = scan(namespace("shop"));

        assertThat(result.results()).singleElement().satisfies(bundle -> {
            assertThat(bundle.subject().key()).isEqualTo("Pod/shop/web-7d4b9c-x2k8p");
            assertThat(bundle.documents()).extracting(d -> d.name()).containsExactly(
                    "pod/shop/web-7d4b9c-x2k8p.json", "events/shop/pod-web-7d4b9c-x2k8p.json",
                    "shop/web-7d4b9c-x2k8p/app/logs-previous.txt");
            assertThat(bundle.missing()).isEmpty();
            assertThat(bundle.documents().get(0).content()).contains("\"restartCount\" : 5").contains("\n");
        });
    }

    @Test
    void a_previous_log_costs_one_request_and_no_watch_of_the_pod() throws InterruptedException {
        cluster.create(List.of(crashingPod("web-1", "shop", null, 0)))
                .previousLog("shop", "web-1", "app", "Error: connect ECONNREFUSED 10.0.0.7:5432\n");
        int setUpRequests = cluster.server().getRequestCount();
        for (int taken = 0; taken < setUpRequests; taken++) {
            cluster.server().takeRequest();
        }

        scan(namespace("shop"));

        List<String> requests = new ArrayList<>();
        for (int taken = setUpRequests; taken < cluster.server().getRequestCount(); taken++) {
            requests.add(cluster.server().takeRequest(1, TimeUnit.SECONDS).getPath());
        }
        assertThat(requests).containsExactlyInAnyOrder("/api/v1/namespaces/shop/pods", "/api/v1/namespaces/shop/events",
                "/api/v1/namespaces/shop/pods/web-1/log?pretty=false&container=app&previous=true&tailLines=200");
    }

    @Test
    void forbidden_events_become_missing_evidence_and_the_scan_goes_on() {
        cluster.create(List.of(crashingPod("web-1", "shop", null, 0))).noPreviousLog("shop", "web-1", "app");
        cluster.server().expect().get().withPath("/api/v1/namespaces/shop/events")
                .andReturn(403, new StatusBuilder().withCode(403).withReason("Forbidden")
                        .withMessage("events is forbidden: User \"dev\" cannot list resource \"events\"").build())
                .always();

        LiveScan.Result<EvidenceBundle> result = scan(namespace("shop"));

        assertThat(result.results()).singleElement().satisfies(bundle -> {
            assertThat(bundle.documents()).extracting(d -> d.name()).containsExactly("pod/shop/web-1.json");
            assertThat(bundle.missing()).singleElement().satisfies(missing -> {
                assertThat(missing.read()).isEqualTo("get events -n shop");
                assertThat(missing.why()).startsWith("forbidden (403)").contains("deploy/rbac.yaml");
            });
        });
    }

    @Test
    void a_forbidden_previous_log_becomes_missing_evidence_and_the_pod_is_still_read() {
        cluster.create(List.of(crashingPod("web-1", "shop", null, 0), backOffEvent("web-1", "shop")));
        cluster.server().expect().get().withPath(PodEvidence.previousLogPath("shop", "web-1", "app"))
                .andReturn(403, new StatusBuilder().withCode(403).withReason("Forbidden")
                        .withMessage("pods \"web-1\" is forbidden: User \"dev\" cannot get resource \"pods/log\"").build())
                .always();

        LiveScan.Result<EvidenceBundle> result = scan(namespace("shop"));

        assertThat(result.results()).singleElement().satisfies(bundle -> {
            assertThat(bundle.documents()).extracting(d -> d.name())
                    .containsExactly("pod/shop/web-1.json", "events/shop/pod-web-1.json");
            assertThat(bundle.missing()).singleElement().satisfies(missing -> {
                assertThat(missing.read()).isEqualTo("get pods/log web-1 -c app --previous -n shop");
                assertThat(missing.why()).startsWith("forbidden (403)").contains("deploy/rbac.yaml");
            });
        });
    }

    @Test
    void a_read_that_does_not_answer_in_time_is_reported_and_the_scan_goes_on() {
        cluster.create(List.of(crashingPod("web-1", "shop", null, 0))).noPreviousLog("shop", "web-1", "app");
        cluster.server().expect().get().delay(20, TimeUnit.SECONDS).withPath("/api/v1/namespaces/shop/events")
                .andReturn(200, "{\"kind\":\"EventList\",\"apiVersion\":\"v1\",\"items\":[]}").always();

        long start = System.nanoTime();
        LiveScan.Result<EvidenceBundle> result = scan(namespace("shop"));

        assertThat(TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start)).isLessThan(20);
        assertThat(result.results()).singleElement().satisfies(bundle -> assertThat(bundle.missing())
                .singleElement().satisfies(missing -> assertThat(missing.why()).contains("timed out")));
    }

    @Test
    void a_server_error_is_retried_before_it_counts_as_missing() {
        cluster.create(List.of(crashingPod("web-1", "shop", null, 0), backOffEvent("web-1", "shop")))
                .noPreviousLog("shop", "web-1", "app");
        cluster.server().expect().get().withPath("/api/v1/namespaces/shop/events")
                .andReturn(503, new StatusBuilder().withCode(503).build()).once();

        LiveScan.Result<EvidenceBundle> result = scan(namespace("shop"));

        assertThat(result.results()).singleElement().satisfies(bundle -> {
            assertThat(bundle.missing()).isEmpty();
            assertThat(bundle.documents()).extracting(d -> d.name()).contains("events/shop/pod-web-1.json");
        });
    }

    @Test
    void a_node_that_no_longer_exists_is_left_out_without_an_error() {
        Pod pod = new PodBuilder(crashingPod("web-1", "shop", null, 0)).editSpec().withNodeName("gone-node")
                .endSpec().build();
        cluster.create(List.of(pod)).noPreviousLog("shop", "web-1", "app");

        LiveScan.Result<EvidenceBundle> result = scan(namespace("shop"));

        assertThat(result.results()).singleElement().satisfies(bundle -> {
            assertThat(bundle.documents()).extracting(d -> d.name()).containsExactly("pod/shop/web-1.json");
            assertThat(bundle.missing()).isEmpty();
        });
    }

    @Test
    void a_named_pod_that_does_not_exist_is_reported_as_not_found() {
        LiveScan.Result<EvidenceBundle> result = scan(ScanScope.of("shop", false, null, List.of("pod/web-1")));

        assertThat(result.results()).isEmpty();
        assertThat(result.missing()).singleElement()
                .isEqualTo(new MissingEvidence("get pod web-1 -n shop", "not found"));
    }

    @Test
    void an_empty_namespace_gives_an_empty_scan() {
        LiveScan.Result<EvidenceBundle> result = scan(namespace("empty"));

        assertThat(result.results()).isEmpty();
        assertThat(result.missing()).isEmpty();
    }

    @Test
    void a_namespace_of_five_hundred_pods_is_read_whole_unhealthy_pods_first() {
        List<HasMetadata> objects = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            objects.add(i % 50 == 7 ? crashingPod("web-" + i, "big", null, 0) : runningPod("web-" + i, "big"));
        }
        cluster.create(objects);

        LiveScan.Result<EvidenceBundle> result = scan(namespace("big"));

        assertThat(result.results()).hasSize(500);
        assertThat(result.results().subList(0, 10)).extracting(b -> b.subject().name())
                .allMatch(name -> Integer.parseInt(name.substring(4)) % 50 == 7);
    }

    static Pod crashingPod(String name, String namespace, String replicaSet, int ignored) {
        PodBuilder pod = new PodBuilder().withNewMetadata().withName(name).withNamespace(namespace).endMetadata()
                .withNewSpec().addNewContainer().withName("app").withImage("registry.example.com/web:1.4.2")
                .endContainer().endSpec()
                .withNewStatus().withPhase("Running").withContainerStatuses(new ContainerStatusBuilder()
                        .withName("app").withImage("registry.example.com/web:1.4.2").withReady(false)
                        .withRestartCount(5)
                        .withNewState().withNewWaiting().withReason("CrashLoopBackOff")
                        .withMessage("back-off 2m40s restarting failed container=app pod=" + name).endWaiting().endState()
                        .withNewLastState().withNewTerminated().withReason("Error").withExitCode(1)
                        .withStartedAt("2026-11-26T09:00:00Z").withFinishedAt("2026-11-26T09:00:03Z").endTerminated()
                        .endLastState().build())
                .endStatus();
        if (replicaSet != null) {
            pod.editMetadata().addNewOwnerReference().withApiVersion("apps/v1").withKind("ReplicaSet")
                    .withName(replicaSet).withUid("rs-uid").withController(true).endOwnerReference().endMetadata();
        }
        return pod.build();
    }

    static Pod runningPod(String name, String namespace) {
        return new PodBuilder().withNewMetadata().withName(name).withNamespace(namespace).endMetadata()
                .withNewSpec().addNewContainer().withName("app").withImage("registry.example.com/web:1.4.2")
                .endContainer().endSpec()
                .withNewStatus().withPhase("Running").withContainerStatuses(new ContainerStatusBuilder()
                        .withName("app").withReady(true).withRestartCount(0)
                        .withNewState().withNewRunning().withStartedAt("2026-11-26T08:00:00Z").endRunning().endState()
                        .build())
                .endStatus().build();
    }

    static io.fabric8.kubernetes.api.model.Event backOffEvent(String pod, String namespace) {
        return new EventBuilder().withNewMetadata().withName(pod + ".backoff").withNamespace(namespace).endMetadata()
                .withNewInvolvedObject().withKind("Pod").withName(pod).withNamespace(namespace)
                .withFieldPath("spec.containers{app}").endInvolvedObject()
                .withType("Warning").withReason("BackOff").withMessage("Back-off restarting failed container app in pod "
                        + pod + "_" + namespace).withCount(12).withLastTimestamp("2026-11-26T09:01:00Z")
                .withNewSource().withComponent("kubelet").withHost("node-a").endSource().build();
    }
}
