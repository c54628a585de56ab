package dev.kubeadvisor.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kubeadvisor.model.ObjectRef;
import dev.kubeadvisor.model.SourceLine;
import java.util.List;
import org.junit.jupiter.api.Test;

class SignalTest {

    private static final ObjectRef POD = ObjectRef.pod("default", "web-1");

    @Test
    void joins_distinct_details_in_line_order() {
        List<Signal> signals = List.of(signal("the pod was evicted", 70), signal("the liveness probe failed", 64),
                signal("the pod was evicted", 9));

        assertThat(Signal.details(signals)).isEqualTo("the pod was evicted, the liveness probe failed");
    }

    @Test
    void gives_the_evidence_lines_in_input_order() {
        List<Signal> signals = List.of(signal("not initialized", 57), signal("waits in PodInitializing", 47));

        assertThat(Signal.lines(signals)).extracting(SourceLine::line).containsExactly(47, 57);
    }

    private static Signal signal(String detail, int line) {
        return new Signal("external-kill", POD, "app", detail, new SourceLine("describe.txt", line, ""));
    }
}
