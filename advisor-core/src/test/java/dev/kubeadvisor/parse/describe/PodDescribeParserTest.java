package dev.kubeadvisor.parse.describe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.kubeadvisor.Snapshot;
import dev.kubeadvisor.input.InputDocument;
import dev.kubeadvisor.input.Note;
import dev.kubeadvisor.model.ContainerKind;
import dev.kubeadvisor.model.ContainerStatus;
import dev.kubeadvisor.model.EnvSource;
import dev.kubeadvisor.model.EnvVar;
import dev.kubeadvisor.model.KubeEvent;
import dev.kubeadvisor.model.PodCondition;
import dev.kubeadvisor.model.PodInfo;
import dev.kubeadvisor.model.Volume;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

public class PodDescribeParserTest {

    private static final String SAMPLE = resource("/describe/pod-oom-crash-loop-1.32.txt");

    private final Snapshot snapshot = Snapshot.fromInputs(List.of(new InputDocument("describe.txt", SAMPLE)));

    @Test
    void reads_the_pod_header_with_its_controller_and_node() {
        PodInfo pod = only(PodInfo.class);
        assertThat(pod.ref().key()).isEqualTo("Pod/default/web-7d4b9c-x2k8p");
        assertThat(pod.phase()).isEqualTo("Running");
        assertThat(pod.node()).isEqualTo("node-a");
        assertThat(pod.controlledBy()).isEqualTo("ReplicaSet/web-7d4b9c");
        assertThat(pod.qosClass()).isEqualTo("Burstable");
        assertThat(pod.statusLine().line()).isEqualTo(10);
    }

    @Test
    void reads_state_last_state_restarts_and_resources_of_the_app_container() {
        ContainerStatus app = container("app");
        assertThat(app.kind()).isEqualTo(ContainerKind.APP);
        assertThat(app.waitingReason()).isEqualTo("CrashLoopBackOff");
        assertThat(app.lastReason()).isEqualTo("OOMKilled");
        assertThat(app.lastExitCode()).isEqualTo(137);
        assertThat(app.lastTerminated().exitCodeLine().line()).isEqualTo(46);
        assertThat(app.ready()).isFalse();
        assertThat(app.restarts()).isEqualTo(12);
        assertThat(app.limits().memory().value()).isEqualTo(256d * 1024 * 1024);
        assertThat(app.limits().memory().text()).isEqualTo("256Mi");
        assertThat(app.limits().memoryLine().line()).isEqualTo(53);
        assertThat(app.requests().cpu().value()).isEqualTo(0.1);
    }

    @Test
    void reads_probes_in_the_hash_attribute_form() {
        ContainerStatus app = container("app");
        assertThat(app.liveness().action()).isEqualTo("http-get");
        assertThat(app.liveness().target()).isEqualTo("http://:8080/healthz");
        assertThat(app.liveness().timeoutSeconds()).isEqualTo(1);
        assertThat(app.liveness().failureThreshold()).isEqualTo(3);
        assertThat(app.readiness().action()).isEqualTo("tcp-socket");
        assertThat(app.startup()).isNull();
    }

    @Test
    void reads_a_completed_init_container_as_an_init_container() {
        ContainerStatus init = container("init-db");
        assertThat(init.isInit()).isTrue();
        assertThat(init.state().reason()).isEqualTo("Completed");
        assertThat(init.state().exitCode()).isZero();
    }

    @Test
    void reads_every_environment_source_and_hides_literal_secret_values() {
        List<EnvVar> env = all(EnvVar.class);
        assertThat(env).extracting(EnvVar::name, EnvVar::source).containsExactly(
                tuple("DB_PASSWORD", EnvSource.SECRET),
                tuple("API_TOKEN", EnvSource.LITERAL),
                tuple("FEATURE", EnvSource.CONFIG_MAP),
                tuple("POD_IP", EnvSource.FIELD),
                tuple("MEM_LIMIT", EnvSource.RESOURCE));
        EnvVar secretRef = env.get(0);
        assertThat(secretRef.refName()).isEqualTo("db-secret");
        assertThat(secretRef.refKey()).isEqualTo("password");
        assertThat(secretRef.optional()).isFalse();
        EnvVar literal = env.get(1);
        assertThat(literal.literalIsSet()).isTrue();
        assertThat(literal.line().text()).doesNotContain("s3cr3t").contains("<redacted>");
        assertThat(snapshot.toString()).doesNotContain("s3cr3t");
    }

    @Test
    void reads_conditions_and_volumes() {
        assertThat(all(PodCondition.class)).extracting(PodCondition::type, PodCondition::status)
                .contains(tuple("Ready", "False"));
        assertThat(all(Volume.class)).extracting(Volume::name, Volume::type, Volume::sourceName).containsExactly(
                tuple("data", "PersistentVolumeClaim", "web-data"),
                tuple("certs", "Secret", "web-tls"),
                tuple("kube-api-access-x", "Projected", null));
    }

    @Test
    void reads_every_event_row_with_counts_and_the_container_it_names() {
        List<KubeEvent> events = all(KubeEvent.class);
        assertThat(events).hasSize(6);
        KubeEvent backOff = events.get(5);
        assertThat(backOff.reason()).isEqualTo("BackOff");
        assertThat(backOff.count()).isEqualTo(250);
        assertThat(backOff.age()).isEqualTo("23s");
        assertThat(backOff.container()).isEqualTo("app");
        assertThat(backOff.line().line()).isEqualTo(103);
        assertThat(events.get(0).message()).startsWith("0/3 nodes are available: 1 node(s) had untolerated taint");
        assertThat(events.get(3).container()).isEqualTo("app");
    }

    @Test
    void reports_a_field_it_does_not_know_as_a_note_and_keeps_going() {
        assertThat(snapshot.notes()).extracting(Note::line, Note::text)
                .containsExactly(tuple(68, "Shiny New Field:  surprise"));
    }

    @Test
    void reads_several_describe_documents_in_one_input() {
        String second = SAMPLE.replace("web-7d4b9c-x2k8p", "web-7d4b9c-abcde");
        Snapshot two = Snapshot.fromText("$ kubectl describe pods\n" + SAMPLE + "\n\n" + second);
        assertThat(two.subjects()).extracting(Object::toString)
                .containsExactly("Pod/default/web-7d4b9c-x2k8p", "Pod/default/web-7d4b9c-abcde");
        assertThat(two.inputs()).hasSize(2);
        assertThat(two.notes()).extracting(Note::line).contains(1);
    }

    @Test
    void reads_a_terminated_message_whose_lines_kubectl_prints_at_column_zero() {
        Snapshot fallbackToLogs = Snapshot.fromText(resource("/describe/pod-terminated-message-from-log-1.30.txt"));

        ContainerStatus worker = fallbackToLogs.facts().stream().filter(ContainerStatus.class::isInstance)
                .map(ContainerStatus.class::cast).findFirst().orElseThrow();
        assertThat(worker.lastState().message()).startsWith("Traceback (most recent call last):")
                .endsWith("KeyError: 'DATABASE_URL'");
        assertThat(worker.lastExitCode()).isEqualTo(1);
        assertThat(worker.lastState().finished()).isNotNull();
        assertThat(worker.restartCount()).isEqualTo(5);
        assertThat(worker.ready()).isFalse();
        assertThat(fallbackToLogs.notes()).isEmpty();
    }

    private ContainerStatus container(String name) {
        return all(ContainerStatus.class).stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }

    private <T> T only(Class<T> type) {
        List<T> found = all(type);
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    private <T> List<T> all(Class<T> type) {
        return snapshot.facts().stream().filter(type::isInstance).map(type::cast).toList();
    }

    /** The lines of a test resource, for tests that cut and shuffle it. */
    public static List<String> resourceLines(String path) {
        return resource(path).lines().toList();
    }

    static String resource(String path) {
        try (InputStream in = PodDescribeParserTest.class.getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
