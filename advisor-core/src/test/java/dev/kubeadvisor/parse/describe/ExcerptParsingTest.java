package dev.kubeadvisor.parse.describe;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kubeadvisor.Snapshot;
import dev.kubeadvisor.model.ContainerStatus;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Users paste the part of a describe that matters and elide the rest; the excerpt must still be read. */
class ExcerptParsingTest {

    @Test
    void names_the_pod_of_an_excerpt_from_the_scheduler_event_and_keeps_lines_after_an_elision() {
        Snapshot snapshot = Snapshot.fromText("""
                $ kubectl -n shop describe pods
                ...
                Containers:
                  api:
                    ...
                    State:          Waiting
                      Reason:       CrashLoopBackOff
                    Last State:     Terminated
                      Reason:       Error
                      Exit Code:    101
                ...
                Events:
                  Type     Reason     Age   From               Message
                  ----     ------     ----  ----               -------
                  Normal   Scheduled  31m   default-scheduler  Successfully assigned shop/api-76c5f67dd4-k9f2z to node-3
                """);

        assertThat(snapshot.subjects()).extracting(Object::toString).containsExactly("Pod/shop/api-76c5f67dd4-k9f2z");
        ContainerStatus api = containers(snapshot).get(0);
        assertThat(api.name()).isEqualTo("api");
        assertThat(api.waitingReason()).isEqualTo("CrashLoopBackOff");
        assertThat(api.lastExitCode()).isEqualTo(101);
        assertThat(snapshot.notes()).extracting(n -> n.text()).contains("...", "$ kubectl -n shop describe pods");
    }

    @Test
    void reads_a_last_state_pasted_without_its_container_as_one_unnamed_container() {
        Snapshot snapshot = Snapshot.fromText("""
                $ kubectl -n monitoring describe pods
                ...
                    Last State:     Terminated
                      Reason:       Error
                      Exit Code:    139
                ...
                """);

        assertThat(snapshot.subjects()).extracting(Object::toString).containsExactly("Pod/monitoring/<pod>");
        ContainerStatus container = containers(snapshot).get(0);
        assertThat(container.name()).isEqualTo("<container>");
        assertThat(container.lastExitCode()).isEqualTo(139);
        assertThat(container.lastTerminated().exitCodeLine().line()).isEqualTo(5);
    }

    @Test
    void reads_a_lone_exit_code_as_the_last_termination() {
        Snapshot snapshot = Snapshot.fromText("$ kubectl describe pod worker-0\n...\n      Exit Code:    127\n...\n");

        assertThat(snapshot.subjects()).extracting(Object::toString).containsExactly("Pod/default/worker-0");
        ContainerStatus container = containers(snapshot).get(0);
        assertThat(container.lastTerminated().exitCode()).isEqualTo(127);
        assertThat(container.state()).isNull();
    }

    private static List<ContainerStatus> containers(Snapshot snapshot) {
        return snapshot.facts().stream().filter(ContainerStatus.class::isInstance).map(ContainerStatus.class::cast)
                .toList();
    }
}
