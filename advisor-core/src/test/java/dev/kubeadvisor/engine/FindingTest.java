package dev.kubeadvisor.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kubeadvisor.model.ContainerKind;
import dev.kubeadvisor.model.ContainerState;
import dev.kubeadvisor.model.ContainerStatus;
import dev.kubeadvisor.model.ObjectRef;
import dev.kubeadvisor.model.Resources;
import dev.kubeadvisor.model.SourceLine;
import java.util.List;
import org.junit.jupiter.api.Test;

class FindingTest {

    private static final ObjectRef POD = ObjectRef.pod("default", "web-1");

    @Test
    void keeps_evidence_in_input_order_whatever_order_it_was_cited_in() {
        Finding finding = new Finding.Builder("container-crash-loop", POD, "app")
                .cites(line(83), line(30)).cites(line(26), null, line(30)).build();

        assertThat(finding.evidence()).extracting(SourceLine::line).containsExactly(26, 30, 83);
    }

    @Test
    void rates_a_crash_by_the_state_the_container_is_in_now() {
        ContainerState running = new ContainerState("Running", null, null, null, null, null, null, null, null, null, null);
        ContainerState waiting = new ContainerState("Waiting", "CrashLoopBackOff", null, null, null, null, null, null,
                null, null, null);
        Signal settled = new Signal("settled-after-one-restart", POD, "app", "restarted once", line(30));

        assertThat(crash(waiting, List.of()).severity()).as("down: the rule's own severity").isNull();
        assertThat(crash(running, List.of()).severity()).isEqualTo(Severity.WARNING);
        assertThat(crash(running, List.of(settled)).severity()).isEqualTo(Severity.INFO);
    }

    private static Finding crash(ContainerState state, List<Signal> settled) {
        ContainerStatus container = new ContainerStatus(POD, "app", ContainerKind.APP, "web:1", state, null, true, 1,
                Resources.NONE, Resources.NONE, null, null, null, null, null, null, null);
        return new Finding.Builder("container-exit-app-error", POD, "app").severityAfterCrash(container, settled).build();
    }

    private static SourceLine line(int number) {
        return new SourceLine("describe.txt", number, "");
    }
}
