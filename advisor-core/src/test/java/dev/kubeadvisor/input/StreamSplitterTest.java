package dev.kubeadvisor.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.kubeadvisor.Snapshot;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class StreamSplitterTest {

    private final List<Note> notes = new ArrayList<>();

    private List<RecognisedDocument> split(String... lines) {
        InputDocument input = new InputDocument("stream.txt", String.join("\n", lines) + "\n");
        return StreamSplitter.split(input.name(), InputLines.of(input), notes);
    }

    @Test
    void cuts_a_piped_stream_into_describe_events_logs_json_and_yaml_named_by_line_range() {
        List<RecognisedDocument> documents = split(
                "$ kubectl describe pod web -n shop",
                "Name:         web",
                "Namespace:    shop",
                "Status:       Running",
                "Containers:",
                "  app:",
                "    Image:  nginx",
                "$ kubectl get events -n shop",
                "LAST SEEN   TYPE      REASON    OBJECT    MESSAGE",
                "2m          Warning   BackOff   pod/web   Back-off restarting failed container app in pod web_shop(1)",
                "$ kubectl logs web --previous -c app",
                "2026-11-26T09:00:01Z ERROR boom",
                "{",
                "  \"kind\": \"Pod\", \"metadata\": {\"name\": \"a}\"}",
                "}",
                "apiVersion: v1",
                "kind: Pod",
                "metadata:",
                "  name: web",
                "",
                "NAME   READY   STATUS    RESTARTS   AGE",
                "web    1/1     Running   0          5m");
        assertThat(documents).extracting(RecognisedDocument::kind, RecognisedDocument::lineRange).containsExactly(
                tuple("describe-pod", "2-7"), tuple("get-events", "8-10"), tuple("logs", "11-12"),
                tuple("json", "13-15"), tuple("yaml", "16-19"), tuple("get-pods", "21-22"));
        assertThat(notes).extracting(Note::line, Note::note).containsExactly(tuple(1, StreamSplitter.COMMAND_LINE));
        assertThat(documents.get(1).described().namespaceOf("web")).isEqualTo("shop");
    }

    @Test
    void ends_yaml_at_its_last_line_of_content_and_keeps_the_blank_lines_within_it() {
        List<RecognisedDocument> documents = split("apiVersion: v1", "kind: ConfigMap", "data:", "  a: |", "    one",
                "   ", "", "    two", "  b: x", "  ", "", "\u2003", "not yaml at all");
        assertThat(documents).extracting(RecognisedDocument::kind, RecognisedDocument::lineRange)
                .containsExactly(tuple(DocumentKind.YAML, "1-9"));
        assertThat(notes).extracting(Note::line).containsExactly(13);
    }

    @Test
    void keeps_a_config_map_key_underlined_with_four_dashes_in_its_describe_document() {
        List<RecognisedDocument> documents = split("Name:         web-settings", "Namespace:    storefront", "",
                "Data", "====", "LOG_LEVEL:", "----", "info", "", "Events:  <none>", "---", "apiVersion: v1",
                "kind: Pod");
        assertThat(documents).extracting(document -> document.lines().size()).containsExactly(10, 3);
    }

    @Test
    void tells_kubectl_events_from_get_events_by_its_interval_ages_and_object_kinds() {
        assertThat(split("LAST SEEN            TYPE      REASON    OBJECT    MESSAGE",
                "2m (x5 over 20m)     Warning   BackOff   Pod/web   Back-off restarting failed container app"))
                .extracting(RecognisedDocument::kind).containsExactly(TableKind.EVENTS);
        assertThat(split("$ kubectl events -n shop", "LAST SEEN   TYPE      REASON    OBJECT    MESSAGE",
                "2m          Warning   BackOff   Pod/web   Back-off"))
                .extracting(RecognisedDocument::kind).containsExactly(TableKind.EVENTS);
    }

    @Test
    void recognises_event_rows_pasted_without_their_header_with_the_command_above_them() {
        List<RecognisedDocument> documents = split("look at this:",
                "$ kubectl describe pod web",
                "  Warning  BackOff  3m (x12 over 10m)  kubelet  Back-off restarting failed container",
                "",
                "5m    Warning   FailedScheduling   pod/api-1   0/3 nodes are available: 3 Insufficient cpu.");
        assertThat(documents).extracting(RecognisedDocument::kind, RecognisedDocument::lineRange).containsExactly(
                tuple(TableKind.EVENT_ROWS, "2-3"), tuple(TableKind.GET_EVENTS, "5-5"));
        assertThat(notes).extracting(Note::line, Note::note).containsExactly(tuple(1, StreamSplitter.NOT_KUBECTL));
    }

    @Test
    void names_the_tables_of_other_resources() {
        assertThat(split("NAME     STATUS     ROLES    AGE   VERSION", "node-a   NotReady   <none>   3d    v1.30.2",
                "NAME   READY   UP-TO-DATE   AVAILABLE   AGE", "web    0/3     3            0           1h",
                "NAME     STATUS    VOLUME   CAPACITY   ACCESS MODES   STORAGECLASS   AGE",
                "data     Pending                                      fast           1m",
                "NAME   TYPE        CLUSTER-IP   EXTERNAL-IP   PORT(S)   AGE",
                "web    ClusterIP   10.0.0.1     <none>        80/TCP    1d",
                "NAME        COMPLETIONS   DURATION   AGE", "backup-1    0/1           5m         5m",
                "NAME          DESIRED   CURRENT   READY   AGE", "web-7d4b9c    3         3         0       1h",
                "NAME   DATA   AGE", "conf   2      1d"))
                .extracting(RecognisedDocument::kind).containsExactly("get-nodes", "get-deployments", "get-pvc",
                        "get-services", "get-jobs", "get-replicasets", TableKind.GET_OTHER);
    }

    @Test
    void reads_text_that_looks_like_log_output_as_logs_of_an_unknown_pod_and_other_text_as_notes() {
        assertThat(split("2026-11-26T09:00:01Z INFO starting", "Exception in thread \"main\" java.lang.Error",
                "\tat com.example.Main.main(Main.java:12)"))
                .extracting(RecognisedDocument::kind, RecognisedDocument::lineRange)
                .containsExactly(tuple(DocumentKind.LOGS, "1-3"));
        assertThat(split("my pod is broken, please help", "No resources found in shop namespace.")).isEmpty();
        assertThat(notes).extracting(Note::note)
                .containsExactly(StreamSplitter.NOT_KUBECTL, "ignored: kubectl found no objects");
    }

    @Test
    void keeps_one_line_json_logs_as_logs_and_not_as_json_documents() {
        assertThat(split("{\"level\":\"info\",\"msg\":\"start\"}", "{\"level\":\"error\",\"msg\":\"boom\"}"))
                .extracting(RecognisedDocument::kind).containsExactly(DocumentKind.LOGS);
    }

    @Test
    void keeps_a_pod_excerpt_with_its_command_line_so_the_excerpt_is_named_after_it() {
        Snapshot snapshot = Snapshot.fromText("$ kubectl describe pod web -n shop\n...\nContainers:\n  app:\n"
                + "    State:  Waiting\n      Reason:  CrashLoopBackOff\n");
        assertThat(snapshot.subjects()).extracting(Object::toString).containsExactly("Pod/shop/web");
        assertThat(snapshot.inputs()).extracting(i -> i.lines()).containsExactly("1-6");
    }

    @Test
    void splits_a_megabyte_of_mixed_output_in_one_pass() {
        List<String> block = List.of("Name:  web", "Namespace:  default", "Status:  Running", "Containers:",
                "  app:", "    Image:  nginx", "$ kubectl get pods", "NAME   READY   STATUS    RESTARTS   AGE",
                "web    1/1     Running   0          5m", "{", "\"a\": 1", "}", "$ kubectl logs web",
                "2026-11-26T09:00:01Z INFO started");
        List<String> lines = new ArrayList<>();
        int blockLength = block.stream().mapToInt(line -> line.length() + 1).sum();
        for (int length = 0; length < 1 << 20; length += blockLength) {
            lines.addAll(block);
        }
        InputDocument input = new InputDocument("stream.txt", String.join("\n", lines) + "\n");
        InputLines numbered = InputLines.of(input);
        long start = System.nanoTime();
        List<RecognisedDocument> documents = StreamSplitter.split(input.name(), numbered, notes);
        System.out.printf("split %d lines (1 MiB) into %d documents in %d ms%n", lines.size(), documents.size(),
                (System.nanoTime() - start) / 1_000_000);
        assertThat(documents).hasSize(lines.size() / block.size() * 4);
    }
}
