package dev.kubeadvisor.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kubeadvisor.model.SourceLine;
import dev.kubeadvisor.report.Diagnosis;
import dev.kubeadvisor.report.Evidence;
import dev.kubeadvisor.report.RemediationStep;
import dev.kubeadvisor.report.Report;
import dev.kubeadvisor.report.Suppressed;
import java.util.List;
import org.junit.jupiter.api.Test;

class MarkdownRendererTest {

    @Test
    void an_evidence_line_with_backticks_cannot_close_its_code_block_early() {
        Diagnosis diagnosis = new Diagnosis("container-exit-app-error", "critical", "container", "title",
                "Pod/shop/web", "web", "summary", "explanation", "high",
                List.of(Evidence.of(new SourceLine("logs.txt", 3, "Error: ```boom```"))),
                List.of(new RemediationStep("Read the log", "kubectl logs web -n shop")), null, List.of());
        Report report = new Report(List.of("Pod/shop/web"), "unhealthy", List.of(diagnosis),
                List.of(new Suppressed("pod-unmanaged", "Pod/shop/web", "excluded with --exclude")), List.of(),
                List.of());

        String markdown = new MarkdownRenderer().render(report);

        assertThat(markdown).contains("````text\nlogs.txt:3  Error: ```boom```\n````")
                .contains("### Suppressed\n\n- `pod-unmanaged` on `Pod/shop/web`: excluded with --exclude");
    }
}
