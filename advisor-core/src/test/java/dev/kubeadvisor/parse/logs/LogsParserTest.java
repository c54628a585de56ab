package dev.kubeadvisor.parse.logs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.kubeadvisor.Snapshot;
import dev.kubeadvisor.input.InputDocument;
import dev.kubeadvisor.input.Note;
import dev.kubeadvisor.model.ContainerLog;
import dev.kubeadvisor.model.LogLine;
import dev.kubeadvisor.model.ObjectRef;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class LogsParserTest {

    private static final String DESCRIBE = "Name:         web-1\nNamespace:    shop\nStatus:       Running\nContainers:\n"
            + "  app:\n    Image:          nginx:1.27\n    State:          Running\n    Ready:          True\n"
            + "    Restart Count:  2\n  sidecar:\n    Image:          envoy:1.31\n    State:          Running\n"
            + "    Ready:          True\n    Restart Count:  0\n";

    @Test
    void reads_pod_container_namespace_and_previous_run_from_the_pasted_command_line() {
        Snapshot snapshot = read("logs.txt", "$ kubectl logs web-1 -c app --previous -n shop\nstarting\npanic: boom\n");

        assertThat(lines(snapshot)).extracting(LogLine::pod, LogLine::container, LogLine::previous, LogLine::index,
                LogLine::text).containsExactly(
                tuple(ObjectRef.pod("shop", "web-1"), "app", true, 0, "starting"),
                tuple(ObjectRef.pod("shop", "web-1"), "app", true, 1, "panic: boom"));
        assertThat(snapshot.subjects()).containsExactly(ObjectRef.pod("shop", "web-1"));
        assertThat(logs(snapshot)).singleElement().satisfies(log -> {
            assertThat(log.lineCount()).isEqualTo(2);
            assertThat(log.firstLine().line()).isEqualTo(1);
        });
    }

    @Test
    void understands_the_other_spellings_of_the_command() {
        assertThat(LogSource.ofPrompt("user@host:~$ kubectl -n shop logs pod/web-1 app -p --tail=50 | less"))
                .isEqualTo(new LogSource("shop", "web-1", "app", true, false));
        assertThat(LogSource.ofPrompt("kubectl logs --namespace=shop --container=app web-1 --timestamps"))
                .isEqualTo(new LogSource("shop", "web-1", "app", false, true));
        assertThat(LogSource.ofPrompt("$ kubectl -n monitoring logs -l app=collector"))
                .isEqualTo(new LogSource("monitoring", null, null, false, false));
        assertThat(LogSource.ofPrompt("$ kubectl logs deploy/web")).isEqualTo(new LogSource(null, null, null, false, false));
        assertThat(LogSource.ofPrompt("$ kubectl describe pod web-1")).isNull();
        assertThat(LogSource.ofPrompt("2026/11/26 reading logs from /var/log")).isNull();
    }

    @Test
    void takes_each_line_of_a_multi_container_log_from_its_prefix_and_strips_timestamps() {
        Snapshot snapshot = read("logs.txt", "$ kubectl logs web-1 -n shop --all-containers --prefix --timestamps\n"
                + "[pod/web-1/app] 2026-11-26T09:41:07.512334871Z listening on :8080\n"
                + "[pod/web-1/sidecar] 2026-11-26T09:41:08Z bind: address already in use\n");

        assertThat(lines(snapshot)).extracting(LogLine::container, LogLine::timestamp, LogLine::text).containsExactly(
                tuple("app", "2026-11-26T09:41:07.512334871Z", "listening on :8080"),
                tuple("sidecar", "2026-11-26T09:41:08Z", "bind: address already in use"));
        assertThat(logs(snapshot)).extracting(ContainerLog::container).containsExactly("app", "sidecar");
    }

    @Test
    void reads_namespace_pod_and_container_from_a_relative_path_of_three_folders() {
        Snapshot snapshot = read("prod/web-1/app/logs-previous.txt", "fatal: no config\n");

        assertThat(lines(snapshot)).extracting(LogLine::pod, LogLine::container, LogLine::previous)
                .containsExactly(tuple(ObjectRef.pod("prod", "web-1"), "app", true));
        assertThat(LogSource.ofDocumentName("/work/samples/case-1/logs.txt"))
                .isEqualTo(new LogSource(null, null, null, false, false));
    }

    @Test
    void attaches_an_unnamed_log_to_the_one_pod_described_and_its_one_restarted_container() {
        Snapshot snapshot = Snapshot.fromInputs(List.of(new InputDocument("describe.txt", DESCRIBE),
                new InputDocument("logs-previous.txt", "panic: boom\n")));

        assertThat(lines(snapshot)).extracting(LogLine::pod, LogLine::container, LogLine::previous)
                .containsExactly(tuple(ObjectRef.pod("shop", "web-1"), "app", true));
        assertThat(snapshot.subjects()).containsExactly(ObjectRef.pod("shop", "web-1"));
    }

    @Test
    void finds_the_namespace_of_a_pod_named_without_one_among_the_pods_described() {
        Snapshot snapshot = Snapshot.fromInputs(List.of(new InputDocument("describe.txt", DESCRIBE),
                new InputDocument("logs.txt", "$ kubectl logs web-1 -c sidecar\nstarted\n")));

        assertThat(lines(snapshot)).extracting(LogLine::pod, LogLine::container)
                .containsExactly(tuple(ObjectRef.pod("shop", "web-1"), "sidecar"));
    }

    @Test
    void names_what_it_cannot_attribute_with_placeholders_in_the_default_namespace() {
        Snapshot snapshot = read("logs.txt", "connect ECONNREFUSED 127.0.0.1:5432\n");

        assertThat(lines(snapshot)).extracting(LogLine::pod, LogLine::container, LogLine::previous)
                .containsExactly(tuple(ObjectRef.pod("default", "<pod>"), "<container>", false));
        assertThat(snapshot.subjects()).containsExactly(ObjectRef.pod("default", "<pod>"));
    }

    @Test
    void keeps_the_last_lines_of_a_very_long_log_and_says_which_were_cut() {
        int total = LogsParser.MAX_LINES_PER_RUN + 3;
        String text = IntStream.rangeClosed(1, total).mapToObj(i -> "line " + i).collect(Collectors.joining("\n"));

        Snapshot snapshot = read("logs.txt", text);

        assertThat(lines(snapshot)).hasSize(LogsParser.MAX_LINES_PER_RUN);
        assertThat(lines(snapshot).get(0).text()).isEqualTo("line 4");
        assertThat(snapshot.notes()).extracting(Note::line, Note::note).containsExactly(tuple(1,
                "kept only the last 5000 lines of the log of <pod>/<container>: the 3 lines before, from line 1 to "
                        + "line 3, were not read"));
    }

    @Test
    void notes_elisions_and_kubectl_errors_instead_of_reading_them_as_log_lines() {
        Snapshot snapshot = read("logs.txt", "$ kubectl logs web-1 -n shop\n...\nError from server (BadRequest): "
                + "container \"app\" in pod \"web-1\" is waiting to start: ContainerCreating\nready\n");

        assertThat(lines(snapshot)).extracting(LogLine::text).containsExactly("ready");
        assertThat(snapshot.notes()).extracting(Note::line).containsExactly(2, 3);
    }

    @Test
    void notes_indented_and_ellipsis_elisions_but_reads_lines_that_only_start_with_dots() {
        Snapshot snapshot = read("logs.txt", "$ kubectl logs web-1 -n shop\n\t  ....  \n \u2026\n... retrying\n"
                + ".env loaded\n\u2026 and more\n");

        assertThat(lines(snapshot)).extracting(LogLine::text)
                .containsExactly("... retrying", ".env loaded", "\u2026 and more");
        assertThat(snapshot.notes()).extracting(Note::line).containsExactly(2, 3);
    }

    @Test
    void keeps_interleaved_prefixed_lines_in_the_run_of_their_container() {
        Snapshot snapshot = read("logs.txt", "$ kubectl logs web-1 -n shop --all-containers --prefix\n"
                + "[pod/web-1/app] a1\n[pod/web-1/sidecar] s1\n[pod/web-1/app] a2\n[pod/web-2/app] b1\n"
                + "[pod/web-1/sidecar] s2\n");

        assertThat(lines(snapshot)).extracting(l -> l.pod().name(), LogLine::container, LogLine::index, LogLine::text)
                .containsExactly(tuple("web-1", "app", 0, "a1"), tuple("web-1", "app", 1, "a2"),
                        tuple("web-1", "sidecar", 0, "s1"), tuple("web-1", "sidecar", 1, "s2"),
                        tuple("web-2", "app", 0, "b1"));
        assertThat(logs(snapshot)).extracting(l -> l.pod().name(), ContainerLog::container, ContainerLog::lineCount)
                .containsExactly(tuple("web-1", "app", 2), tuple("web-1", "sidecar", 2), tuple("web-2", "app", 1));
    }

    @Test
    void redacts_secrets_in_log_lines_before_they_are_read() {
        Snapshot snapshot = read("logs.txt", "GET /login?user=bob&pass=hunter2 200\n"
                + "Authorization: Basic YWxhZGRpbjpvcGVuc2VzYW1l\n{'password': 'hunter2'}\n");

        assertThat(lines(snapshot)).extracting(LogLine::text).noneMatch(t -> t.contains("hunter2")
                || t.contains("YWxhZGRpbjpvcGVuc2VzYW1l"));
    }

    private static Snapshot read(String name, String text) {
        return Snapshot.fromInputs(List.of(new InputDocument(name, text)));
    }

    private static List<LogLine> lines(Snapshot snapshot) {
        return snapshot.facts().stream().filter(LogLine.class::isInstance).map(LogLine.class::cast).toList();
    }

    private static List<ContainerLog> logs(Snapshot snapshot) {
        return snapshot.facts().stream().filter(ContainerLog.class::isInstance).map(ContainerLog.class::cast).toList();
    }
}
