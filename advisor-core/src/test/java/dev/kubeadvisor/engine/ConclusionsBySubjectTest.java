package dev.kubeadvisor.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kubeadvisor.model.ObjectRef;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ConclusionsBySubjectTest {

    private static final ObjectRef NODE = new ObjectRef("Node", null, "worker-3");
    private static final ObjectRef LOST_POD = new ObjectRef("Pod", "shop", "lost");
    private static final ObjectRef OTHER_POD = new ObjectRef("Pod", "shop", "other");
    private static final Finding NODE_NOT_READY = finding("node-not-ready", NODE, Set.of(LOST_POD));
    private static final Finding POD_LOST = finding("pod-node-lost", LOST_POD, Set.of());
    private static final Finding OTHER_CRASH = finding("container-crash-loop", OTHER_POD, Set.of());
    private static final Unhealthy OTHER_WAITING = new Unhealthy(OTHER_POD, "app", "waiting", null);

    private final ConclusionsBySubject conclusions = new ConclusionsBySubject(new Engine.Conclusions(
            List.of(NODE_NOT_READY, POD_LOST, OTHER_CRASH), List.of(OTHER_WAITING)));

    @Test
    void gives_a_subject_its_findings_and_the_findings_that_explain_it_in_evaluation_order() {
        assertThat(conclusions.about(List.of(LOST_POD)).findings()).containsExactly(NODE_NOT_READY, POD_LOST);
    }

    @Test
    void gives_a_finding_once_to_subjects_it_concerns_twice() {
        assertThat(conclusions.about(List.of(LOST_POD, NODE)).findings()).containsExactly(NODE_NOT_READY, POD_LOST);
    }

    @Test
    void gives_a_subject_its_own_signals_only() {
        assertThat(conclusions.about(List.of(OTHER_POD)).signals()).containsExactly(OTHER_WAITING);
        assertThat(conclusions.about(List.of(NODE, LOST_POD)).signals()).isEmpty();
    }

    @Test
    void gives_a_finding_once_to_its_subject_when_it_also_explains_its_own_subject() {
        Finding selfExplaining = finding("node-not-ready", NODE, Set.of(NODE, LOST_POD));
        ConclusionsBySubject filed = new ConclusionsBySubject(new Engine.Conclusions(
                List.of(selfExplaining, POD_LOST), List.of()));

        assertThat(filed.about(List.of(NODE)).findings()).containsExactly(selfExplaining);
        assertThat(filed.about(List.of(LOST_POD)).findings()).containsExactly(selfExplaining, POD_LOST);
    }

    @Test
    void gives_a_subject_without_conclusions_none() {
        ObjectRef healthy = new ObjectRef("Pod", "shop", "healthy");

        assertThat(conclusions.about(List.of(healthy)).findings()).isEmpty();
        assertThat(conclusions.about(List.of(healthy)).signals()).isEmpty();
    }

    private static Finding finding(String rule, ObjectRef subject, Set<ObjectRef> alsoExplains) {
        return new Finding(rule, subject, null, rule, Severity.WARNING, Confidence.HIGH, List.of(), Map.of(), true,
                alsoExplains);
    }
}
