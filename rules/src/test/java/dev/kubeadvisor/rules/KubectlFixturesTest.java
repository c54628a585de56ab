package dev.kubeadvisor.rules;

import static org.junit.jupiter.api.Assumptions.assumeFalse;

import dev.kubeadvisor.input.InputDocument;
import dev.kubeadvisor.testing.kubectl.FixtureApiServer;
import dev.kubeadvisor.testing.kubectl.Kubectl;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;

/**
 * Genuine kubectl text: every fixture that holds {@code objects.json} is served by a loopback API server and
 * described by every kubectl version installed (1.27 … 1.33); each version's text must give exactly the
 * fixture's expected diagnoses. Without kubectl these tests are reported as skipped, with the reason.
 */
class KubectlFixturesTest {

    @TestFactory
    Stream<DynamicTest> every_object_fixture_described_by_every_kubectl_version_yields_its_expected_diagnoses() {
        List<FixtureCase> fixtures = FixtureCase.all().stream().filter(FixtureCase::hasObjects).toList();
        List<Kubectl> versions = Kubectl.installedVersions();
        if (versions.isEmpty()) {
            return Stream.of(DynamicTest.dynamicTest("kubectl text of " + fixtures.size() + " object fixtures",
                    () -> assumeFalse(true, "SKIPPED: no kubectl found (" + Kubectl.searchDescription()
                            + "); install kubectl or set " + Kubectl.DIRECTORY_VARIABLE)));
        }
        return fixtures.stream().flatMap(fixture -> versions.stream().map(kubectl -> DynamicTest.dynamicTest(
                fixture.name() + " with " + kubectl, () -> GoldenFixturesTest.check(fixture,
                        describedByKubectl(fixture, kubectl)))));
    }

    /** The fixture's pods as {@code kubectl describe pod} prints them, one document after the other. */
    static List<InputDocument> describedByKubectl(FixtureCase fixture, Kubectl kubectl) {
        StringBuilder text = new StringBuilder();
        try (FixtureApiServer server = FixtureApiServer.start(fixture.folder().resolve(FixtureCase.OBJECTS))) {
            for (JsonNode object : server.objects()) {
                if (object.path("kind").asString().equals("Pod")) {
                    JsonNode metadata = object.path("metadata");
                    text.append(kubectl.describe(server, "pod", metadata.path("name").asString(),
                            metadata.path("namespace").asString("default")));
                    text.append('\n');
                }
            }
        }
        List<InputDocument> inputs = new ArrayList<>();
        inputs.add(new InputDocument("describe.txt", text.toString()));
        inputs.addAll(fixture.textInputs());
        return inputs;
    }
}
