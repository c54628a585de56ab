package dev.kubeadvisor.parse.describe;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kubeadvisor.Snapshot;
import dev.kubeadvisor.model.ContainerState;
import dev.kubeadvisor.model.ContainerStatus;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PodDescribeParserTest {

    /** kubectl 1.30 output for a container with terminationMessagePolicy FallbackToLogsOnError. */
    private static final String MESSAGE_FROM_LOG = "terminated-message-from-log.txt";

    @Test
    void reads_a_terminated_message_whose_lines_kubectl_prints_at_column_zero() throws IOException {
        Snapshot snapshot = Snapshot.fromText(resource(MESSAGE_FROM_LOG));

        ContainerStatus container = snapshot.facts().stream().filter(ContainerStatus.class::isInstance)
                .map(ContainerStatus.class::cast).findFirst().orElseThrow();
        ContainerState last = container.lastState();
        assertThat(last.message()).startsWith("Traceback (most recent call last):").endsWith("KeyError: 'DATABASE_URL'");
        assertThat(last.exitCode()).isEqualTo(1);
        assertThat(last.finished()).isNotNull();
        assertThat(container.restartCount()).isEqualTo(5);
        assertThat(container.ready()).isFalse();
        assertThat(snapshot.notes()).isEmpty();
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = PodDescribeParserTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
