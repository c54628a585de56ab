package dev.kubeadvisor.parse.objects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import dev.kubeadvisor.input.InputException;
import dev.kubeadvisor.model.ContainerState;
import dev.kubeadvisor.model.ContainerStatus;
import dev.kubeadvisor.model.EnvFrom;
import dev.kubeadvisor.model.EnvSource;
import dev.kubeadvisor.model.EnvVar;
import dev.kubeadvisor.model.KubeEvent;
import dev.kubeadvisor.model.ObjectRef;
import dev.kubeadvisor.model.PodCondition;
import dev.kubeadvisor.model.PodInfo;
import dev.kubeadvisor.model.ProbeFailure;
import dev.kubeadvisor.model.SchedulingFailure;
import dev.kubeadvisor.model.SourceLine;
import dev.kubeadvisor.model.Volume;
import org.junit.jupiter.api.Test;

class ObjectsDocumentParserTest {

    private static final String POD_JSON = ObjectsReading.resource("pod-exit-255.json");
    private static final ObjectRef WEB = ObjectRef.pod("shop", "web-6f7c9d8b5-k2x9q");

    @Test
    void reads_the_pod_of_kubectl_get_o_json_citing_the_line_of_each_field() {
        ObjectsReading read = ObjectsReading.json(POD_JSON);

        PodInfo pod = read.only(PodInfo.class);
        assertThat(pod.ref()).isEqualTo(WEB);
        assertThat(pod.phase()).isEqualTo("Running");
        assertThat(pod.node()).isEqualTo("node-b");
        assertThat(pod.controlledBy()).isEqualTo("ReplicaSet/web-6f7c9d8b5");
        assertThat(pod.workload()).isEqualTo("deployment/web");
        assertThat(pod.qosClass()).isEqualTo("Burstable");
        assertThat(pod.nameLine().text()).contains("\"name\": \"web-6f7c9d8b5-k2x9q\"");
        assertThat(pod.statusLine().text()).contains("\"phase\": \"Running\"");
        assertThat(read.subjects).containsExactly(WEB);

        ContainerStatus web = read.only(ContainerStatus.class);
        ContainerState last = web.lastState();
        assertThat(last.outcome()).isEqualTo("exit code 255 (Error)");
        assertThat(last.message()).isEqualTo("fatal: cannot open /etc/web/config.yaml");
        assertThat(last.started()).isEqualTo("Fri, 20 Nov 2026 09:04:00 +0000");
        assertThat(last.ranFor()).hasSeconds(30);
        assertThat(last.exitCodeLine()).isEqualTo(lineOf("\"exitCode\": 255,"));
        assertThat(last.reasonLine()).isEqualTo(lineOf("\"reason\": \"Error\","));
        assertThat(web.waitingReason()).isEqualTo("CrashLoopBackOff");
        assertThat(web.state().message()).as("describe prints no waiting message").isNull();
        assertThat(web.restartCount()).isEqualTo(6);
        assertThat(web.restartCountLine()).isEqualTo(lineOf("\"restartCount\": 6,"));
        assertThat(web.ready()).isFalse();
        assertThat(web.resourcesText()).isEqualTo("limits cpu 1, memory 512Mi; requests cpu 250m, memory 256Mi");
        assertThat(web.limits().memoryLine()).isEqualTo(lineOf("\"memory\": \"512Mi\""));
        assertThat(web.imageLine()).isEqualTo(lineOf("\"image\": \"registry.example.com/shop/web:2.4.1\","));
    }

    @Test
    void builds_probes_as_describe_prints_them_with_the_api_defaults_for_unset_settings() {
        ContainerStatus web = ObjectsReading.json(POD_JSON).only(ContainerStatus.class);

        assertThat(web.liveness().text())
                .isEqualTo("exec [cat /tmp/healthy] delay=15s timeout=2s period=20s #success=1 #failure=5");
        assertThat(web.readiness().text())
                .isEqualTo("tcp-socket :8080 delay=0s timeout=1s period=10s #success=1 #failure=3");
        assertThat(web.liveness().line()).isEqualTo(lineOf("\"livenessProbe\": {"));
    }

    @Test
    void keeps_no_literal_value_and_names_the_references_of_the_environment() {
        ObjectsReading read = ObjectsReading.json(POD_JSON);

        assertThat(read.all(EnvVar.class)).extracting(EnvVar::name, EnvVar::source, EnvVar::literalIsSet,
                        EnvVar::refName, EnvVar::refKey)
                .containsExactly(
                        tuple("DB_PASSWORD", EnvSource.LITERAL, true, null, null),
                        tuple("API_TOKEN", EnvSource.SECRET, false, "web-secrets", "token"),
                        tuple("POD_IP", EnvSource.FIELD, false, null, null));
        assertThat(read.all(EnvVar.class).get(0).line().text()).contains("DB_PASSWORD").doesNotContain("hunter2");
        assertThat(read.facts).allSatisfy(fact -> assertThat(String.valueOf(fact)).doesNotContain("hunter2"));
        EnvFrom envFrom = read.only(EnvFrom.class);
        assertThat(envFrom.refName()).isEqualTo("web-config");
        assertThat(envFrom.prefix()).isEqualTo("WEB_");
        assertThat(envFrom.optional()).isTrue();
    }

    @Test
    void hides_a_sensitive_literal_that_shares_the_line_of_its_name() {
        ObjectsReading read = ObjectsReading.json("""
                {"kind": "Pod", "metadata": {"name": "p"}, "spec": {"containers": [{"name": "app", "env": [
                  {"name": "STRIPE_API_KEY", "value": "s3cr3t-value"}, {"name": "MODE", "value": "fast"}]}]}}""");

        assertThat(read.all(EnvVar.class)).extracting(v -> v.line().text())
                .allSatisfy(text -> assertThat(text).doesNotContain("s3cr3t-value"));
    }

    @Test
    void reads_conditions_and_volumes() {
        ObjectsReading read = ObjectsReading.json(POD_JSON);

        assertThat(read.only(PodCondition.class)).extracting(PodCondition::type, PodCondition::status)
                .containsExactly("Ready", "False");
        Volume certs = read.only(Volume.class);
        assertThat(certs.type()).isEqualTo("Secret");
        assertThat(certs.sourceName()).isEqualTo("web-tls");
    }

    @Test
    void reads_the_same_pod_from_yaml_citing_its_yaml_lines() {
        ObjectsReading read = ObjectsReading.yaml("""
                apiVersion: v1
                kind: Pod
                metadata:
                  name: api-0
                  namespace: prod
                spec:
                  containers:
                  - name: api
                    image: api:1
                    resources:
                      limits:
                        memory: 256Mi
                status:
                  phase: Running
                  containerStatuses:
                  - name: api
                    restartCount: 3
                    lastState:
                      terminated:
                        exitCode: 137
                        reason: OOMKilled
                    state:
                      running:
                        startedAt: "2026-11-20T09:59:00Z"
                """);

        ContainerStatus api = read.only(ContainerStatus.class);
        assertThat(api.pod()).isEqualTo(ObjectRef.pod("prod", "api-0"));
        assertThat(api.lastReason()).isEqualTo("OOMKilled");
        assertThat(api.lastState().reasonLine()).isEqualTo(new SourceLine("input", 21, "        reason: OOMKilled"));
        assertThat(api.lastState().exitCodeLine().line()).isEqualTo(20);
        assertThat(api.limits().memoryLine().line()).isEqualTo(12);
        assertThat(api.isRunning()).isTrue();
    }

    @Test
    void reads_a_pasted_status_block_as_a_pod_whose_name_is_unknown() {
        ObjectsReading read = ObjectsReading.yaml("""
                status:
                  containerStatuses:
                  - name: worker
                    restartCount: 2
                    lastState:
                      terminated:
                        exitCode: 255
                        reason: Error
                """);

        assertThat(read.subjects).containsExactly(ObjectRef.pod("default", "<pod>"));
        ContainerStatus worker = read.only(ContainerStatus.class);
        assertThat(worker.name()).isEqualTo("worker");
        assertThat(worker.lastExitCode()).isEqualTo(255);
        assertThat(worker.lastState().exitCodeLine().line()).isEqualTo(7);
        assertThat(read.only(PodInfo.class).phase()).isNull();
    }

    @Test
    void reads_a_pasted_container_status_list_or_a_single_status() {
        ObjectsReading list = ObjectsReading.yaml("""
                containerStatuses:
                - name: app
                  lastState:
                    terminated:
                      exitCode: 137
                      reason: OOMKilled
                """);
        ObjectsReading single = ObjectsReading.yaml("""
                lastState:
                  terminated:
                    exitCode: 139
                restartCount: 4
                """);

        assertThat(list.only(ContainerStatus.class).lastReason()).isEqualTo("OOMKilled");
        ContainerStatus unnamed = single.only(ContainerStatus.class);
        assertThat(unnamed.name()).isEqualTo("<container>");
        assertThat(unnamed.lastExitCode()).isEqualTo(139);
        assertThat(unnamed.restartCount()).isEqualTo(4);
    }

    @Test
    void reads_every_document_of_a_yaml_stream_and_ties_events_to_their_pod_and_container() {
        ObjectsReading read = ObjectsReading.yaml("""
                apiVersion: v1
                kind: Pod
                metadata: {name: web, namespace: shop}
                spec:
                  containers:
                  - name: web
                    image: web:1
                    livenessProbe:
                      httpGet: {path: /healthz, port: 8080}
                ---
                apiVersion: v1
                kind: Event
                metadata: {name: web.1, namespace: shop}
                involvedObject: {kind: Pod, name: web, namespace: shop, fieldPath: "spec.containers{web}"}
                reason: Unhealthy
                message: 'Liveness probe failed: HTTP probe failed with statuscode: 500'
                type: Warning
                count: 7
                source: {component: kubelet, host: node-a}
                firstTimestamp: "2026-11-20T09:00:00Z"
                lastTimestamp: "2026-11-20T09:55:00Z"
                """);

        KubeEvent event = read.only(KubeEvent.class);
        assertThat(event.involved()).isEqualTo(ObjectRef.pod("shop", "web"));
        assertThat(event.container()).isEqualTo("web");
        assertThat(event.count()).isEqualTo(7);
        assertThat(event.from()).isEqualTo("kubelet");
        assertThat(event.age()).isEqualTo("5m");
        assertThat(event.line().line()).isEqualTo(16);
        ProbeFailure failure = read.only(ProbeFailure.class);
        assertThat(failure.probe()).isEqualTo("Liveness");
        assertThat(failure.detail()).isEqualTo("HTTP probe failed with statuscode: 500");
        assertThat(read.only(ContainerStatus.class).liveness().text())
                .startsWith("http-get http://:8080/healthz delay=0s");
    }

    @Test
    void reads_events_k8s_io_v1_events_of_an_event_list_with_their_scheduling_clauses() {
        ObjectsReading read = ObjectsReading.json("""
                {"apiVersion": "events.k8s.io/v1", "kind": "EventList", "items": [
                  {"apiVersion": "events.k8s.io/v1", "kind": "Event",
                   "metadata": {"name": "db-0.1", "namespace": "data"},
                   "regarding": {"kind": "Pod", "name": "db-0", "namespace": "data"},
                   "reason": "FailedScheduling", "type": "Warning", "reportingController": "default-scheduler",
                   "note": "0/3 nodes are available: 3 Insufficient memory. preemption: 0/3 nodes are available.",
                   "series": {"count": 4, "lastObservedTime": "2026-11-20T09:59:30.000000Z"},
                   "eventTime": "2026-11-20T09:00:00.000000Z"}]}""");

        KubeEvent event = read.only(KubeEvent.class);
        assertThat(event.from()).isEqualTo("default-scheduler");
        assertThat(event.count()).isEqualTo(4);
        assertThat(event.age()).isEqualTo("30s");
        assertThat(read.only(SchedulingFailure.class).describe()).isEqualTo("3 of 3 nodes: Insufficient memory");
        assertThat(read.subjects).containsExactly(ObjectRef.pod("data", "db-0"));
    }

    @Test
    void names_each_object_of_a_kind_it_does_not_diagnose_yet_in_a_note() {
        ObjectsReading read = ObjectsReading.json("""
                {"kind": "List", "items": [
                  {"kind": "HorizontalPodAutoscaler", "metadata": {"name": "web"}},
                  {"kind": "Event", "involvedObject": {"kind": "HorizontalPodAutoscaler", "name": "web"}},
                  {"kind": "Endpoints", "metadata": {"name": "web"}},
                  {"kind": "Pod", "metadata": {"name": "p"}}
                ]}""");

        assertThat(read.notes).containsExactlyInAnyOrder(
                "2: recognised HorizontalPodAutoscaler/web from JSON; not diagnosed from JSON yet",
                "3: recognised an event about HorizontalPodAutoscaler/web from JSON; not diagnosed from JSON yet",
                "4: recognised Endpoints/web from JSON; not diagnosed from JSON yet");
        assertThat(read.subjects).containsExactly(ObjectRef.pod("default", "p"));
    }

    @Test
    void refuses_malformed_json_naming_the_line_and_column_of_the_input() {
        assertThatThrownBy(() -> ObjectsReading.read(LocatedTreeReader.Format.JSON, """
                {
                  "kind": "Pod",
                  "metadata": {"name": "p"
                  "spec": {}
                }""", 11))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith("input line 14, column 3: not valid JSON: ");
    }

    @Test
    void refuses_malformed_yaml_naming_the_line_of_the_input() {
        assertThatThrownBy(() -> ObjectsReading.yaml("""
                kind: Pod
                metadata:
                  name: [p
                spec: {}
                """))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("not valid YAML")
                .hasMessageStartingWith("input line 4");
    }

    private static SourceLine lineOf(String fragment) {
        String[] lines = POD_JSON.split("\n");
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(fragment)) {
                return new SourceLine("input", i + 1, lines[i]);
            }
        }
        throw new AssertionError("no line holds " + fragment);
    }
}
