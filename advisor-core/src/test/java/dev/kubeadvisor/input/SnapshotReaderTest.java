package dev.kubeadvisor.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.kubeadvisor.Snapshot;
import dev.kubeadvisor.model.SourceLine;
import java.util.List;
import org.junit.jupiter.api.Test;

class SnapshotReaderTest {

    @Test
    void refuses_empty_input_with_a_hint_of_what_to_pipe() {
        assertThatThrownBy(() -> Snapshot.fromText("  \n\n"))
                .isInstanceOf(InputException.class).hasMessageContaining("the input is empty")
                .hasMessageContaining("kubectl describe pod");
    }

    @Test
    void refuses_binary_data() {
        assertThatThrownBy(() -> Snapshot.fromInputs(List.of(new InputDocument("core.gz", "\u001F\u008B\u0008\u0000junk"))))
                .isInstanceOf(InputException.class).hasMessage("core.gz holds binary data, not kubectl output");
    }

    @Test
    void refuses_input_over_the_size_cap_before_parsing_it() {
        String huge = "x".repeat((int) SnapshotReader.MAX_INPUT_CHARS + 1);
        assertThatThrownBy(() -> Snapshot.fromText(huge))
                .isInstanceOf(InputException.class).hasMessageContaining("the limit is 10 MiB");
    }

    @Test
    void refuses_text_that_is_not_kubectl_output_and_quotes_its_first_line() {
        assertThatThrownBy(() -> Snapshot.fromText("hello world\nthis is a shopping list\n"))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("no kubectl output recognised")
                .hasMessageContaining("hello world");
    }

    @Test
    void reports_lines_outside_any_document_instead_of_dropping_them() {
        Snapshot snapshot = Snapshot.fromText("$ kubectl describe pod web\nName:  web\nNamespace:  default\n"
                + "Status:  Running\nContainers:\n  app:\n    Image:  nginx\n");
        assertThat(snapshot.notes()).extracting(Note::line, Note::note)
                .containsExactly(tuple(1, "ignored: command line (it names the output below)"));
    }

    private static final String INGRESS = "Name:  web\nNamespace:  default\nIngress Class:  nginx\nRules:\n"
            + "  Host  Path  Backends\n";

    @Test
    void refuses_input_with_only_kinds_it_does_not_diagnose_yet_and_names_them() {
        assertThatThrownBy(() -> Snapshot.fromText(INGRESS))
                .isInstanceOf(InputException.class).hasMessageContaining("describe-unknown");
    }

    @Test
    void says_which_kinds_it_recognised_but_does_not_diagnose_yet() {
        Snapshot snapshot = Snapshot.fromText(INGRESS
                + "Name:  web\nNamespace:  default\nStatus:  Running\nContainers:\n  app:\n    Image:  nginx\n");
        assertThat(snapshot.inputs()).extracting(i -> i.kind()).containsExactly("describe-unknown", "describe-pod");
        assertThat(snapshot.notes()).anySatisfy(n -> assertThat(n.note()).contains("describe-unknown"));
    }

    @Test
    void tells_a_claim_from_a_node_although_both_have_a_capacity_line() {
        Snapshot snapshot = Snapshot.fromText("Name:  web\nNamespace:  default\nStatus:  Pending\nContainers:\n"
                + "  app:\n    Image:  nginx\n"
                + "Name:          data\nNamespace:     default\nStorageClass:  standard-v2\nStatus:        Pending\n"
                + "Volume:\nCapacity:\nAccess Modes:\nVolumeMode:    Filesystem\nUsed By:       web\n");
        assertThat(snapshot.inputs()).extracting(i -> i.kind()).containsExactly("describe-pod", "describe-pvc");
    }

    @Test
    void numbers_lines_as_the_user_gave_them_whatever_the_line_endings() {
        Snapshot snapshot = Snapshot.fromText("Name:  web\r\nNamespace:  default\r\nStatus:  Pending\r\nContainers:\r\n"
                + "  app:\r\n    Image:  nginx\r\n");
        assertThat(snapshot.inputs()).extracting(i -> i.lines()).containsExactly("1-6");
    }

    @Test
    void redacts_each_line_of_a_large_input_as_it_redacts_it_alone_however_often_it_repeats() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; text.length() < 300_000; i++) {
            text.append("    \"name\": \"web-").append(i).append("\",\n")
                    .append("    \"DB_PASSWORD\": \"hunter2\",\n")
                    .append("        Authorization: Bearer abcdefghijklmnop\n")
                    .append("  token: s3cr3t-").append(i % 7).append('\n')
                    .append("    \"image\": \"nginx:1.25\"\n")
                    .append("api_key=top").append(i).append(" and more\n");
        }
        String[] raw = text.toString().split("\n");

        List<SourceLine> lines = InputLines.of(new InputDocument("stdin", text.toString())).lines();

        assertThat(lines).hasSize(raw.length);
        for (int i = 0; i < raw.length; i++) {
            assertThat(lines.get(i).text()).isEqualTo(Redactor.redact(raw[i]));
        }
        assertThat(lines).extracting(SourceLine::text).noneMatch(line -> line.contains("hunter2")
                || line.contains("abcdefghijklmnop") || line.contains("s3cr3t") || line.contains("top1"));
    }
}
