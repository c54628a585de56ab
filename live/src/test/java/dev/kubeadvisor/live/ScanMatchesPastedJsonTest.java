package dev.kubeadvisor.live;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kubeadvisor.Advisor;
import dev.kubeadvisor.Snapshot;
import dev.kubeadvisor.input.InputDocument;
import dev.kubeadvisor.report.Diagnosis;
import dev.kubeadvisor.report.Report;
import io.fabric8.kubernetes.api.model.ContainerStatus;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Pod;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The scan and the pasted {@code kubectl get -o json} path meet in the same parser: every fixture that holds
 * objects, loaded into the fabric8 mock API server and scanned pod by pod, gives the diagnoses that pasting the
 * same objects gives.
 */
class ScanMatchesPastedJsonTest {

    private static final Path FIXTURES = Path.of(System.getProperty("fixtures.dir", "../fixtures"));
    private static final Advisor ADVISOR = Advisor.builder().withBuiltInRules().build();

    @TestFactory
    Stream<DynamicTest> every_object_fixture_scanned_from_the_mock_cluster_gives_the_diagnoses_of_its_pasted_json()
            throws IOException {
        return objectFixtures().stream().flatMap(objects -> pods(objects).stream().map(pod -> DynamicTest.dynamicTest(
                FIXTURES.relativize(objects.getParent()) + ": " + pod.getMetadata().getName(),
                () -> scanGivesThePastedDiagnoses(objects, pod))));
    }

    @TestFactory
    Stream<DynamicTest> every_object_fixture_scanned_as_a_whole_gives_each_pod_the_diagnoses_of_its_pasted_json()
            throws IOException {
        return objectFixtures().stream().map(objects -> DynamicTest.dynamicTest(
                FIXTURES.relativize(objects.getParent()).toString(), () -> wholeScanGivesThePastedDiagnoses(objects)));
    }

    private static void wholeScanGivesThePastedDiagnoses(Path objects) throws IOException {
        Report pasted = ADVISOR.diagnose(Snapshot.fromInputs(List.of(
                new InputDocument("objects.json", Files.readString(objects)))));
        List<Pod> pods = pods(objects);
        try (MockCluster cluster = new MockCluster()) {
            cluster.load(objects);
            for (Pod pod : pods) {
                for (ContainerStatus status : containers(pod)) {
                    cluster.noPreviousLog(pod.getMetadata().getNamespace(), pod.getMetadata().getName(),
                            status.getName());
                }
            }
            ScanReport report = LiveDiagnosis.scan(() -> ADVISOR, new LiveScan(cluster.client(), 2, 1),
                    ScanScope.of(null, true, null, List.of()), (done, total) -> { });

            assertThat(report.unreadable()).isEmpty();
            assertThat(report.reports()).hasSize(pods.size());
            for (Pod pod : pods) {
                Report ofPod = report.reports().stream().filter(r -> r.subjects().get(0).equals(key(pod)))
                        .findFirst().orElseThrow();
                assertThat(diagnoses(ofPod, pod)).as(key(pod)).isEqualTo(diagnoses(pasted, pod));
            }
        }
    }

    private static void scanGivesThePastedDiagnoses(Path objects, Pod pod) throws IOException {
        Set<String> pasted = diagnoses(ADVISOR.diagnose(Snapshot.fromInputs(List.of(
                new InputDocument("objects.json", Files.readString(objects))))), pod);
        try (MockCluster cluster = new MockCluster()) {
            cluster.load(objects);
            for (ContainerStatus status : containers(pod)) {
                cluster.noPreviousLog(pod.getMetadata().getNamespace(), pod.getMetadata().getName(), status.getName());
            }
            ScanReport report = LiveDiagnosis.scan(() -> ADVISOR, new LiveScan(cluster.client(), 2, 1), ScanScope.of(
                    pod.getMetadata().getNamespace(), false, null, List.of("pod/" + pod.getMetadata().getName())),
                    (done, total) -> { });

            assertThat(report.unreadable()).isEmpty();
            assertThat(report.reports()).hasSize(1);
            assertThat(diagnoses(report.reports().get(0), pod)).isEqualTo(pasted);
        }
    }

    private static List<Path> objectFixtures() throws IOException {
        List<Path> fixtures;
        try (Stream<Path> files = Files.walk(FIXTURES)) {
            fixtures = files.filter(p -> p.getFileName().toString().equals("objects.json")).sorted().toList();
        }
        assertThat(fixtures).isNotEmpty();
        return fixtures;
    }

    private static String key(Pod pod) {
        return "Pod/" + pod.getMetadata().getNamespace() + "/" + pod.getMetadata().getName();
    }

    private static Set<String> diagnoses(Report report, Pod pod) {
        String subject = key(pod);
        return report.diagnoses().stream().filter(d -> d.subject().equals(subject))
                .map(ScanMatchesPastedJsonTest::key).collect(Collectors.toCollection(java.util.TreeSet::new));
    }

    private static String key(Diagnosis diagnosis) {
        return diagnosis.rule() + " " + diagnosis.subject() + " [" + diagnosis.container() + "] symptom of "
                + diagnosis.symptomOf();
    }

    private static List<ContainerStatus> containers(Pod pod) {
        if (pod.getStatus() == null) {
            return List.of();
        }
        return Stream.concat(pod.getStatus().getInitContainerStatuses().stream(),
                pod.getStatus().getContainerStatuses().stream()).toList();
    }

    private static List<Pod> pods(Path objects) {
        try (MockCluster cluster = new MockCluster(); InputStream in = Files.newInputStream(objects)) {
            List<HasMetadata> items = cluster.client().load(in).items();
            return items.stream().filter(Pod.class::isInstance).map(Pod.class::cast).toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
