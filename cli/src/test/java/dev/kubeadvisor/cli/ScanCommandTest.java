package dev.kubeadvisor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kubeadvisor.live.MockCluster;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ScanCommandTest {

    private static final Path FIXTURES = Path.of(System.getProperty("fixtures.dir", "../fixtures"));
    private static final Path EXIT_255 = FIXTURES.resolve("scenarios/quote-app-exit-255-restarted-once/objects.json");
    private static final String EXIT_255_POD = "quote-app-5d8f7c9b4-x2k8p";
    private static final Path HEALTHY = FIXTURES.resolve("scenarios/healthy-quote-app/objects.json");

    private final MockCluster cluster = new MockCluster();

    @TempDir
    Path temp;

    @AfterEach
    void stop() {
        cluster.close();
    }

    @Test
    void scans_a_namespace_of_the_kubeconfig_cluster_and_names_the_cause() {
        cluster.load(EXIT_255).load(HEALTHY);
        crashedRunLog();

        CliRun run = CliRun.withStdin("", "scan", "-n", "quotes", "--fail-on", "warning", "--kubeconfig", kubeconfig());

        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("container-exit-255")
                .contains("quotes/quote-app-5d8f7c9b4-x2k8p/quote-app/logs-previous.txt")
                .contains("Healthy (1): Pod/quotes/quote-app-5d8f7c9b4-r7vzm")
                .containsPattern("Scanned 2 subjects: 1 warning, 1 healthy\\.");
    }

    @Test
    void prints_one_report_per_subject_worst_first_as_json() {
        cluster.load(EXIT_255).load(HEALTHY);
        crashedRunLog();

        CliRun run = CliRun.withStdin("", "scan", "-n", "quotes", "-o", "json", "--kubeconfig", kubeconfig());

        JsonNode scan = JsonMapper.builder().build().readTree(run.out());
        assertThat(run.exitCode()).isZero();
        assertThat(scan.path("summary").path("warning").asInt()).isEqualTo(1);
        assertThat(scan.path("reports")).hasSize(2);
        assertThat(scan.path("reports").get(0).path("verdict").asString()).isEqualTo("unhealthy");
        assertThat(scan.path("reports").get(1).path("verdict").asString()).isEqualTo("healthy");
        assertThat(scan.path("reports").get(0).path("diagnoses").get(0).path("evidence").get(0).path("source")
                .asString()).startsWith("pod/quotes/");
    }

    @Test
    void a_named_pod_that_does_not_exist_is_a_clear_error() {
        CliRun run = CliRun.withStdin("", "scan", "pod/nope", "-n", "quotes", "--kubeconfig", kubeconfig());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("get pod nope -n quotes: not found").doesNotContain("Exception");
    }

    @Test
    void an_unreachable_cluster_is_a_clear_error() {
        cluster.close();

        CliRun run = CliRun.withStdin("", "scan", "-n", "quotes", "--timeout", "2", "--kubeconfig", kubeconfig());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("kube-advisor: could not read the cluster: get pods -n quotes:")
                .doesNotContain("\tat ");
    }

    @Test
    void a_kind_it_cannot_scan_is_a_usage_error() {
        CliRun run = CliRun.withStdin("", "scan", "service/web", "--kubeconfig", kubeconfig());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("scan reads pods, deployments and nodes");
    }

    /** The exit-255 pod's crashed run printed this before it exited. */
    private void crashedRunLog() {
        cluster.previousLog("quotes", EXIT_255_POD, "quote-app", "2025-06-12T09:14:03Z FATAL cannot parse quotes.json\n");
    }

    private String kubeconfig() {
        return cluster.kubeconfig(temp).toString();
    }
}
