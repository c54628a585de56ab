package dev.kubeadvisor.testing.kubectl;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Runs every kubectl found on this machine against the fixture server and checks the genuine describe text. */
class KubectlDescribeTest {

    private static final String POD = "inventory-api-7c9d8b6f5-q4m2z";

    private static List<Kubectl> kubectls;
    private static FixtureApiServer crashLoopingPod;
    private static FixtureApiServer node;
    private static FixtureApiServer deployment;
    private static Map<String, String> podDescriptions;

    @BeforeAll
    static void startServers() {
        kubectls = Kubectl.installedVersions();
        crashLoopingPod = FixtureApiServer.start(fixture("crash-looping-pod.json"));
        node = FixtureApiServer.start(fixture("node.json"));
        deployment = FixtureApiServer.start(fixture("deployment.json"));
    }

    // Per test rather than per class: surefire reports a class skipped in @BeforeAll as "Tests run: 0", not as skipped.
    @BeforeEach
    void skipWithoutKubectl() {
        assumeTrue(!kubectls.isEmpty(), () -> "no kubectl found: " + Kubectl.searchDescription());
    }

    @AfterAll
    static void stopServers() {
        crashLoopingPod.close();
        node.close();
        deployment.close();
    }

    @Test
    void describes_a_crash_looping_pod_with_every_installed_kubectl_version() {
        var softly = new SoftAssertions();
        podDescriptionsByVersion().forEach((version, text) -> softly.assertThat(text).as(version)
                .contains("Controlled By:  ReplicaSet/inventory-api-7c9d8b6f5")
                .contains("      Reason:       CrashLoopBackOff")
                .contains("    Last State:     Terminated")
                .contains("      Reason:       OOMKilled")
                .contains("      Exit Code:    137")
                .contains("    Restart Count:  3")
                .contains("      memory:  256Mi")
                .containsPattern("Warning +BackOff +\\S+ \\(x5 over \\S+\\) +kubelet +Back-off restarting failed")
                .containsPattern("Normal +Pulled +\\S+ \\(x4 over \\S+\\) +kubelet"));
        softly.assertAll();
    }

    // The newest fixture timestamp (BackOff's lastTimestamp) is 10 s old when the events are served; kubectl prints
    // whole seconds, so these ages hold as long as it prints within a second of receiving the events.
    @Test
    void prints_ages_relative_to_the_newest_fixture_timestamp_with_every_installed_kubectl_version() {
        var softly = new SoftAssertions();
        podDescriptionsByVersion().forEach((version, text) -> softly.assertThat(text).as(version)
                .containsPattern("Scheduled +5m10s +default-scheduler")
                .containsPattern("Pulled +90s \\(x4 over 5m8s\\)")
                .containsPattern("BackOff +10s \\(x5 over 3m40s\\)"));
        softly.assertAll();
    }

    @Test
    void prints_the_same_number_of_pod_lines_with_every_installed_kubectl_version() {
        Map<String, Long> lineCounts = new LinkedHashMap<>();
        podDescriptionsByVersion().forEach((version, text) -> lineCounts.put(version, text.lines().count()));

        assertThat(lineCounts.values().stream().distinct()).as("line counts by version: %s", lineCounts).hasSize(1);
    }

    @Test
    void describes_a_node_with_its_lease_and_running_pods_with_every_installed_kubectl_version() {
        var softly = new SoftAssertions();
        everyVersion(kubectl -> kubectl.describe(node, "node", "worker-1")).forEach((version, text) ->
                softly.assertThat(text).as(version)
                        .contains("HolderIdentity:  worker-1")
                        .doesNotContain("Failed to get lease")
                        .containsPattern("MemoryPressure +True")
                        .contains("Non-terminated Pods:          (1 in total)")
                        .contains("cache-warmer-0")
                        .doesNotContain("report-job")
                        .containsPattern("NodeHasInsufficientMemory +7m +kubelet"));
        softly.assertAll();
    }

    @Test
    void describes_a_deployment_with_its_new_replica_set_with_every_installed_kubectl_version() {
        var softly = new SoftAssertions();
        everyVersion(kubectl -> kubectl.describe(deployment, "deployment", "checkout", "shop")).forEach(
                (version, text) -> softly.assertThat(text).as(version)
                        .containsPattern("Replicas: +2 desired \\| 2 updated \\| 2 total \\| 1 available \\| 1 unavailable")
                        .containsPattern("Available +False +MinimumReplicasUnavailable")
                        .contains("NewReplicaSet:   checkout-6b7f9d4c8d (2/2 replicas created)")
                        .containsPattern("ScalingReplicaSet +20m +deployment-controller"));
        softly.assertAll();
    }

    @Test
    void reports_a_missing_object_with_the_error_kubectl_prints() {
        Kubectl newest = kubectls.get(kubectls.size() - 1);

        assertThatThrownBy(() -> newest.describe(crashLoopingPod, "pod", "no-such-pod", "shop"))
                .isInstanceOf(KubectlException.class)
                .hasMessageContaining("Error from server (NotFound): pods \"no-such-pod\" not found");
    }

    @Test
    void serves_container_logs_to_kubectl_logs() {
        Kubectl newest = kubectls.get(kubectls.size() - 1);
        try (var server = FixtureApiServer.start(fixture("crash-looping-pod.json"),
                Map.of("inventory-api", "loading catalogue\nKilled\n"))) {
            assertThat(newest.run(server, "logs", POD, "--namespace", "shop", "--previous"))
                    .isEqualTo("loading catalogue\nKilled\n");
        }
    }

    private static Map<String, String> podDescriptionsByVersion() {
        if (podDescriptions == null) {
            podDescriptions = everyVersion(kubectl -> kubectl.describe(crashLoopingPod, "pod", POD, "shop"));
        }
        return podDescriptions;
    }

    /** Output by version, oldest first. The versions run in parallel: a kubectl run is mostly start-up time. */
    private static Map<String, String> everyVersion(Function<Kubectl, String> command) {
        return kubectls.parallelStream().collect(Collectors.toMap(Kubectl::version, command,
                (first, second) -> first, LinkedHashMap::new));
    }

    private static Path fixture(String name) {
        try {
            return Path.of(KubectlDescribeTest.class.getResource("/kubectl-fixtures/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
