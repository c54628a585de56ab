package dev.kubeadvisor.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kubeadvisor.Advisor;
import dev.kubeadvisor.Snapshot;
import dev.kubeadvisor.input.InputException;
import dev.kubeadvisor.model.PodInfo;
import dev.kubeadvisor.render.JsonRenderer;
import dev.kubeadvisor.report.Report;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Diagnosing snapshots together (one evaluation, a report each) is what a scan does. A snapshot must get the report
 * it gets alone whenever nothing links it to the others, and an object that several snapshots hold counts once.
 * (What links them, such as a pod and the not-ready node it ran on, is the scan's tests' business.)
 */
class DiagnoseTogetherTest {

    private static final Advisor ADVISOR = GoldenFixturesTest.ADVISOR;
    private static final JsonRenderer JSON = new JsonRenderer();

    @Test
    void every_pod_fixture_diagnosed_together_with_pods_of_other_nodes_gets_its_report_alone() {
        List<List<Snapshot>> rounds = new ArrayList<>();
        List<Set<String>> roundObjects = new ArrayList<>();
        for (FixtureCase fixture : FixtureCase.all()) {
            Snapshot snapshot = snapshotOf(fixture);
            if (snapshot == null || snapshot.subjects().stream().anyMatch(s -> s.kind().equals("Node"))) {
                continue;
            }
            Set<String> objects = objectsOf(snapshot);
            int round = 0;
            while (round < rounds.size() && objects.stream().anyMatch(roundObjects.get(round)::contains)) {
                round++;
            }
            if (round == rounds.size()) {
                rounds.add(new ArrayList<>());
                roundObjects.add(new HashSet<>());
            }
            rounds.get(round).add(snapshot);
            roundObjects.get(round).addAll(objects);
        }
        assertThat(rounds.stream().mapToInt(List::size).sum()).isGreaterThan(200);
        assertThat(rounds.get(0)).hasSizeGreaterThan(20);

        for (List<Snapshot> round : rounds) {
            List<Report> together = ADVISOR.diagnoseTogether(round);
            assertThat(together).hasSameSizeAs(round);
            for (int i = 0; i < round.size(); i++) {
                assertThat(JSON.render(together.get(i))).as("report of %s", round.get(i).subjects())
                        .isEqualTo(JSON.render(ADVISOR.diagnose(round.get(i))));
            }
        }
    }

    @Test
    void an_object_that_several_snapshots_hold_is_evaluated_once() {
        FixtureCase nodeWithLostPod = FixtureCase.all().stream()
                .filter(c -> c.name().equals("rules/node-not-ready/fires-with-lost-pod")).findFirst().orElseThrow();
        List<Snapshot> sameObjects = List.of(snapshotOf(nodeWithLostPod), snapshotOf(nodeWithLostPod),
                snapshotOf(nodeWithLostPod));

        List<Report> together = ADVISOR.diagnoseTogether(sameObjects);

        String alone = JSON.render(ADVISOR.diagnose(sameObjects.get(0)));
        assertThat(together).hasSize(3).allSatisfy(report -> assertThat(JSON.render(report)).isEqualTo(alone));
    }

    @Test
    void nothing_to_diagnose_together_gives_no_report() {
        assertThat(ADVISOR.diagnoseTogether(List.of())).isEmpty();
    }

    /** The subjects of a snapshot and the nodes its pods run on: what rules may join across snapshots. */
    private static Set<String> objectsOf(Snapshot snapshot) {
        Set<String> objects = new HashSet<>();
        snapshot.subjects().forEach(subject -> objects.add(subject.key()));
        snapshot.facts().stream().filter(PodInfo.class::isInstance).map(f -> ((PodInfo) f).node())
                .filter(Objects::nonNull).forEach(node -> objects.add("Node//" + node));
        return objects;
    }

    private static Snapshot snapshotOf(FixtureCase fixture) {
        try {
            return Snapshot.fromInputs(fixture.textInputs());
        } catch (InputException e) {
            return null;
        }
    }
}
