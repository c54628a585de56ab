package dev.kubeadvisor.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kubeadvisor.model.ObjectRef;
import dev.kubeadvisor.model.SourceLine;
import org.junit.jupiter.api.Test;

class FindingTest {

    @Test
    void keeps_evidence_in_input_order_whatever_order_it_was_cited_in() {
        Finding finding = new Finding.Builder("container-crash-loop", ObjectRef.pod("default", "web-1"), "app")
                .cites(line(83), line(30)).cites(line(26), null, line(30)).build();

        assertThat(finding.evidence()).extracting(SourceLine::line).containsExactly(26, 30, 83);
    }

    private static SourceLine line(int number) {
        return new SourceLine("describe.txt", number, "");
    }
}
