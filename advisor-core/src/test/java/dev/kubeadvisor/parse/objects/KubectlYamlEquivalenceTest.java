package dev.kubeadvisor.parse.objects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import dev.kubeadvisor.input.DocumentKind;
import dev.kubeadvisor.input.InputDocument;
import dev.kubeadvisor.input.RecognisedDocument;
import dev.kubeadvisor.input.SnapshotReader;
import dev.kubeadvisor.testing.kubectl.FixtureApiServer;
import dev.kubeadvisor.testing.kubectl.Kubectl;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * {@link KubectlYamlReader} gives, node by node (type, text, line, value line and column), the trees Jackson's YAML
 * parser gives for every YAML of the fixtures: the YAML documents of every fixture input, every fixture's objects as
 * Jackson writes them in YAML, and as {@code kubectl get -o yaml} prints them with every kubectl installed.
 */
class KubectlYamlEquivalenceTest {

    private static final Path FIXTURES = Path.of(System.getProperty("fixtures.dir", "../fixtures"));
    /** Every resource the fixture server serves, {@code events.k8s.io} events as well as core ones. */
    private static final String RESOURCES = "pods,nodes,events,events.events.k8s.io,services,endpoints,"
            + "persistentvolumeclaims,persistentvolumes,configmaps,secrets,replicationcontrollers,resourcequotas,"
            + "limitranges,deployments,replicasets,statefulsets,daemonsets,jobs,cronjobs,leases,"
            + "poddisruptionbudgets,storageclasses,endpointslices";

    @TestFactory
    Stream<DynamicTest> yaml_documents_of_the_fixture_inputs_read_as_the_yaml_parser_reads_them() {
        return fixtureFiles().filter(file -> file.toString().matches(".*\\.(txt|yaml)$"))
                .flatMap(file -> yamlDocuments(file).stream().map(document -> DynamicTest.dynamicTest(
                        FIXTURES.relativize(file) + " lines " + document.lineRange(),
                        () -> assertReadAlike(new DocumentLines(document.lines(), null).text(), true))));
    }

    @TestFactory
    Stream<DynamicTest> fixture_objects_written_by_jackson_read_as_the_yaml_parser_reads_them() {
        YAMLMapper yaml = YAMLMapper.builder().build();
        JsonMapper json = JsonMapper.builder().build();
        return objectFiles().map(file -> DynamicTest.dynamicTest(FIXTURES.relativize(file).toString(),
                () -> assertReadAlike(yaml.writeValueAsString(json.readTree(file.toFile())), false)));
    }

    @TestFactory
    Stream<DynamicTest> fixture_objects_printed_by_kubectl_get_o_yaml_read_as_the_yaml_parser_reads_them() {
        List<Kubectl> versions = Kubectl.installedVersions();
        if (versions.isEmpty()) {
            return Stream.of(DynamicTest.dynamicTest("kubectl get -o yaml",
                    () -> assumeFalse(true, "SKIPPED: no kubectl found (" + Kubectl.searchDescription() + ")")));
        }
        return objectFiles().map(file -> DynamicTest.dynamicTest(FIXTURES.relativize(file) + " by " + versions,
                () -> {
                    List<String> printed;
                    try (FixtureApiServer server = FixtureApiServer.start(file)) {
                        printed = versions.parallelStream()
                                .map(kubectl -> kubectl.run(server, "get", RESOURCES, "-A", "-o", "yaml")).toList();
                    }
                    printed.forEach(text -> assertReadAlike(text, true));
                }));
    }

    /** Both readers give the same trees; {@code inSubset}: the kubectl reader reads the text itself. */
    private static void assertReadAlike(String text, boolean inSubset) {
        List<LocatedNode> read = KubectlYamlReader.read(text);
        if (inSubset) {
            assertThat(read).as("read by the kubectl YAML reader:%n%s", text).isNotNull();
        }
        if (read != null) {
            assertThat(LocatedTrees.dump(read)).isEqualTo(LocatedTrees.dump(LocatedTrees.parsed(text)));
        }
    }

    private static List<RecognisedDocument> yamlDocuments(Path file) {
        try {
            String content = Files.readString(file);
            return new SnapshotReader().read(List.of(new InputDocument(file.getFileName().toString(), content)))
                    .stream().filter(document -> document.kind().equals(DocumentKind.YAML)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The fixtures' objects: {@code objects.json} files and {@code kubectl get -o json} inputs. */
    private static Stream<Path> objectFiles() {
        return fixtureFiles().filter(file -> file.toString().endsWith(".json")
                && !file.getFileName().toString().equals("expected.json"));
    }

    private static Stream<Path> fixtureFiles() {
        try (Stream<Path> files = Files.walk(FIXTURES)) {
            return files.filter(Files::isRegularFile).sorted().toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
