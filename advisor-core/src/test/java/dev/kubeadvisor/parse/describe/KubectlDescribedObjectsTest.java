package dev.kubeadvisor.parse.describe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.kubeadvisor.model.ConfigObjectInfo;
import dev.kubeadvisor.model.CronJobInfo;
import dev.kubeadvisor.model.DaemonSetInfo;
import dev.kubeadvisor.model.DeploymentInfo;
import dev.kubeadvisor.model.DeploymentReplicaSet;
import dev.kubeadvisor.model.EnvSource;
import dev.kubeadvisor.model.EnvVar;
import dev.kubeadvisor.model.JobInfo;
import dev.kubeadvisor.model.KubeEvent;
import dev.kubeadvisor.model.NodeAllocation;
import dev.kubeadvisor.model.NodeCondition;
import dev.kubeadvisor.model.NodeInfo;
import dev.kubeadvisor.model.NodePod;
import dev.kubeadvisor.model.NodeResource;
import dev.kubeadvisor.model.NodeTaint;
import dev.kubeadvisor.model.ObjectCondition;
import dev.kubeadvisor.model.ObjectRef;
import dev.kubeadvisor.model.PodsStatus;
import dev.kubeadvisor.model.PvcInfo;
import dev.kubeadvisor.model.Quantity;
import dev.kubeadvisor.model.ReplicaSetInfo;
import dev.kubeadvisor.model.ServiceInfo;
import dev.kubeadvisor.model.ServicePort;
import dev.kubeadvisor.model.StatefulSetInfo;
import dev.kubeadvisor.model.TemplateContainer;
import dev.kubeadvisor.model.VolumeClaimTemplate;
import dev.kubeadvisor.testing.kubectl.Kubectl;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Every object fixture of {@code fixtures/objects/}, described by every kubectl found (1.27 … 1.33) against the
 * fixture server: the facts read from kubectl's text hold the values of the JSON objects, and they are the same
 * whichever version printed them.
 */
class KubectlDescribedObjectsTest {

    private static final String NODE = "node-not-ready-with-pressure";
    private static final String DEPLOYMENT = "deployment-stuck-rollout";
    private static final String REPLICA_SET = "replicaset-quota-exceeded";
    private static final String JOB = "job-backoff-limit-exceeded";
    private static final String SERVICE = "service-no-endpoints";
    private static final String PVC = "pvc-pending-no-storage-class";
    private static final String STATEFUL_SET = "statefulset-replica-pending";
    private static final String DAEMON_SET = "daemonset-misscheduled";
    private static final String CRON_JOB = "cronjob-suspended";
    private static final String SECRET = "secret-db-credentials";
    private static final String CONFIG_MAP = "configmap-app-settings";
    /** fixture -> kubectl describe arguments: kind, name, namespace (null for a node). */
    private static final Map<String, List<String>> COMMANDS = Map.ofEntries(
            Map.entry(NODE, commandOf("node", "worker-3", null)),
            Map.entry(DEPLOYMENT, commandOf("deployment", "web", "storefront")),
            Map.entry(REPLICA_SET, commandOf("replicaset", "api-6c8d5f7b9", "team-a")),
            Map.entry(JOB, commandOf("job", "db-migrate", "payments")),
            Map.entry(SERVICE, commandOf("service", "payments-api", "payments")),
            Map.entry(PVC, commandOf("pvc", "data-postgres-0", "db")),
            Map.entry(STATEFUL_SET, commandOf("statefulset", "postgres", "db")),
            Map.entry(DAEMON_SET, commandOf("daemonset", "log-agent", "kube-system")),
            Map.entry(CRON_JOB, commandOf("cronjob", "nightly-report", "payments")),
            Map.entry(SECRET, commandOf("secret", "web-db", "storefront")),
            Map.entry(CONFIG_MAP, commandOf("configmap", "web-settings", "storefront")));
    private static final Map<String, Map<String, DescribedFixture>> DESCRIBED = new ConcurrentHashMap<>();

    @BeforeEach
    void skipWithoutKubectl() {
        assumeTrue(!Kubectl.installedVersions().isEmpty(), () -> "no kubectl found: " + Kubectl.searchDescription());
    }

    @Test
    void reads_the_same_facts_whichever_kubectl_version_described_the_object() {
        var softly = new SoftAssertions();
        for (String fixture : new TreeSet<>(COMMANDS.keySet())) {
            Map<String, DescribedFixture> byVersion = described(fixture);
            DescribedFixture newest = new ArrayList<>(byVersion.values()).get(byVersion.size() - 1);
            byVersion.values().forEach(older -> softly.assertThat(older.comparableFacts())
                    .as("%s with kubectl %s against %s", fixture, older.version(), newest.version())
                    .isEqualTo(newest.comparableFacts()));
        }
        softly.assertAll();
    }

    @Test
    void understands_every_line_kubectl_prints_for_every_kind() {
        var softly = new SoftAssertions();
        for (String fixture : COMMANDS.keySet()) {
            described(fixture).values().forEach(described -> softly.assertThat(described.notes())
                    .as("%s with kubectl %s", fixture, described.version())
                    .allSatisfy(note -> assertThat(note.note()).startsWith("value of key")));
        }
        softly.assertAll();
    }

    @Test
    void reads_the_not_ready_node_with_its_conditions_taints_and_cordon() {
        everyVersion(NODE, (softly, described) -> {
            JsonNode node = described.object("Node", "worker-3");
            NodeInfo info = described.one(NodeInfo.class);
            softly.assertThat(info.ref()).isEqualTo(new ObjectRef("Node", null, "worker-3"));
            softly.assertThat(info.isCordoned()).isEqualTo(node.path("spec").path("unschedulable").asBoolean());
            softly.assertThat(info.roles()).isEqualTo("worker");
            softly.assertThat(info.leaseHolder()).isEqualTo("worker-3");
            softly.assertThat(info.kubeletVersion()).isEqualTo(node.path("status").path("nodeInfo")
                    .path("kubeletVersion").asString());
            List<NodeCondition> conditions = described.all(NodeCondition.class);
            List<JsonNode> expected = node.path("status").path("conditions").valueStream().toList();
            softly.assertThat(conditions).hasSameSizeAs(expected);
            for (int i = 0; i < Math.min(conditions.size(), expected.size()); i++) {
                NodeCondition read = conditions.get(i);
                JsonNode served = expected.get(i);
                softly.assertThat(read.type()).isEqualTo(served.path("type").asString());
                softly.assertThat(read.status()).isEqualTo(served.path("status").asString());
                softly.assertThat(read.reason()).isEqualTo(served.path("reason").asString());
                softly.assertThat(read.message()).isEqualTo(served.path("message").asString());
                softly.assertThat(DescribedFixture.sameMoment(read.lastTransitionTime(),
                        served.path("lastTransitionTime").asString())).as(read.lastTransitionTime()).isTrue();
            }
            softly.assertThat(conditions).filteredOn(NodeCondition::isNotReady).extracting(NodeCondition::message)
                    .containsExactly("Kubelet stopped posting node status.");
            softly.assertThat(conditions).filteredOn(NodeCondition::isPressure).extracting(NodeCondition::type)
                    .containsExactly("MemoryPressure", "DiskPressure");
            softly.assertThat(described.all(NodeTaint.class)).extracting(NodeTaint::text)
                    .containsExactlyInAnyOrderElementsOf(node.path("spec").path("taints").valueStream()
                            .map(t -> t.path("key").asString()
                                    + (t.has("value") ? "=" + t.path("value").asString() : "")
                                    + ":" + t.path("effect").asString()).toList());
        });
    }

    @Test
    void reads_the_node_capacity_allocatable_and_what_its_pods_request() {
        everyVersion(NODE, (softly, described) -> {
            JsonNode status = described.object("Node", "worker-3").path("status");
            List<NodeResource> resources = described.all(NodeResource.class);
            softly.assertThat(resources).extracting(NodeResource::resource)
                    .containsExactlyInAnyOrderElementsOf(status.path("capacity").propertyNames());
            resources.forEach(resource -> {
                softly.assertThat(resource.capacity().text())
                        .isEqualTo(status.path("capacity").path(resource.resource()).asString());
                softly.assertThat(resource.allocatable().text())
                        .isEqualTo(status.path("allocatable").path(resource.resource()).asString());
            });
            // the Succeeded pod on the node is not in the table
            softly.assertThat(described.all(NodePod.class)).extracting(NodePod::pod).containsExactly(
                    ObjectRef.pod("payments", "ledger-5c7d9f8b6-w2x4z"), ObjectRef.pod("kube-system", "log-agent-9xk2p"));
            NodePod ledger = described.all(NodePod.class).get(0);
            softly.assertThat(ledger.memoryRequests()).isEqualTo(Quantity.parse("1Gi"));
            softly.assertThat(ledger.memoryLimits()).isEqualTo(Quantity.parse("3Gi"));
            softly.assertThat(ledger.cpuLimits()).isEqualTo(Quantity.parse("2"));
            // 3Gi of 7823112Ki allocatable, truncated
            softly.assertThat(ledger.memoryLimitsPercent()).isEqualTo(40);
            NodeAllocation memory = described.all(NodeAllocation.class).stream()
                    .filter(a -> a.resource().equals("memory")).findFirst().orElseThrow();
            softly.assertThat(memory.requests().value()).isEqualTo(Quantity.parse("1152Mi").value());
            softly.assertThat(memory.limits().value()).isEqualTo(Quantity.parse("3328Mi").value());
            softly.assertThat(memory.limitsPercent()).isEqualTo(43);
            softly.assertThat(described.all(NodeAllocation.class)).filteredOn(a -> a.resource().equals("nvidia.com/gpu"))
                    .singleElement().satisfies(gpu -> assertThat(gpu.requestsPercent()).isNull());
            softly.assertThat(described.all(KubeEvent.class)).extracting(KubeEvent::reason).containsExactlyInAnyOrder(
                    "NodeHasDiskPressure", "EvictionThresholdMet", "ContainerGCFailed", "NodeNotReady");
        });
    }

    @Test
    void reads_the_stuck_rollout_replicas_strategy_conditions_and_replica_sets() {
        everyVersion(DEPLOYMENT, (softly, described) -> {
            JsonNode deployment = described.object("Deployment", "web");
            JsonNode spec = deployment.path("spec");
            JsonNode status = deployment.path("status");
            DeploymentInfo info = described.one(DeploymentInfo.class);
            softly.assertThat(info.ref()).isEqualTo(new ObjectRef("Deployment", "storefront", "web"));
            softly.assertThat(info.desiredReplicas()).isEqualTo(spec.path("replicas").asInt());
            softly.assertThat(info.updatedReplicas()).isEqualTo(status.path("updatedReplicas").asInt());
            softly.assertThat(info.totalReplicas()).isEqualTo(status.path("replicas").asInt());
            softly.assertThat(info.availableReplicas()).isEqualTo(status.path("availableReplicas").asInt());
            softly.assertThat(info.unavailableReplicas()).isEqualTo(status.path("unavailableReplicas").asInt());
            softly.assertThat(info.strategyType()).isEqualTo(spec.path("strategy").path("type").asString());
            softly.assertThat(info.minReadySeconds()).isEqualTo(spec.path("minReadySeconds").asInt());
            softly.assertThat(info.maxUnavailable())
                    .isEqualTo(spec.path("strategy").path("rollingUpdate").path("maxUnavailable").asString());
            softly.assertThat(info.maxSurge())
                    .isEqualTo(spec.path("strategy").path("rollingUpdate").path("maxSurge").asString());
            softly.assertThat(info.maxUnavailableResolved()).isZero();
            softly.assertThat(info.maxSurgeResolved()).isEqualTo(1);
            assertConditions(softly, described, status);
            softly.assertThat(described.all(DeploymentReplicaSet.class))
                    .extracting(rs -> rs.replicaSet().name(), DeploymentReplicaSet::isNew,
                            DeploymentReplicaSet::replicas, DeploymentReplicaSet::desiredReplicas)
                    .containsExactly(
                            replicaSetRow(described.object("ReplicaSet", "web-5f6a7b8c9"), false),
                            replicaSetRow(described.object("ReplicaSet", "web-7d4b9c6f8"), true));
            softly.assertThat(described.all(KubeEvent.class)).extracting(KubeEvent::message).containsExactly(
                    "Scaled up replica set web-7d4b9c6f8 to 1", "Scaled down replica set web-5f6a7b8c9 to 2 from 3");
        });
    }

    @Test
    void reads_the_deployment_pod_template_containers_and_their_environment() {
        everyVersion(DEPLOYMENT, (softly, described) -> {
            JsonNode template = described.object("Deployment", "web").path("spec").path("template").path("spec");
            assertTemplateContainers(softly, described, template);
            softly.assertThat(described.all(EnvVar.class))
                    .extracting(EnvVar::pod, EnvVar::container, EnvVar::name, EnvVar::source, EnvVar::refName)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple(new ObjectRef("Deployment", "storefront", "web"),
                                    "web", "DB_PASSWORD", EnvSource.SECRET, "web-db"),
                            org.assertj.core.groups.Tuple.tuple(new ObjectRef("Deployment", "storefront", "web"),
                                    "web", "LOG_LEVEL", EnvSource.LITERAL, null));
            TemplateContainer web = described.all(TemplateContainer.class).get(0);
            JsonNode probe = template.path("containers").path(0).path("readinessProbe");
            softly.assertThat(web.readiness().periodSeconds()).isEqualTo(probe.path("periodSeconds").asInt());
            softly.assertThat(web.readiness().failureThreshold()).isEqualTo(probe.path("failureThreshold").asInt());
            softly.assertThat(web.readiness().target()).isEqualTo("http://:8080/ready");
        });
    }

    @Test
    void reads_the_replica_set_that_cannot_create_pods_past_its_quota() {
        everyVersion(REPLICA_SET, (softly, described) -> {
            JsonNode replicaSet = described.object("ReplicaSet", "api-6c8d5f7b9");
            ReplicaSetInfo info = described.one(ReplicaSetInfo.class);
            softly.assertThat(info.ref()).isEqualTo(new ObjectRef("ReplicaSet", "team-a", "api-6c8d5f7b9"));
            softly.assertThat(info.controlledBy()).isEqualTo("Deployment/api");
            softly.assertThat(info.currentReplicas()).isEqualTo(replicaSet.path("status").path("replicas").asInt());
            softly.assertThat(info.desiredReplicas()).isEqualTo(replicaSet.path("spec").path("replicas").asInt());
            softly.assertThat(described.one(PodsStatus.class)).extracting(PodsStatus::running, PodsStatus::pending,
                    PodsStatus::succeeded, PodsStatus::failed).containsExactly(1, 1, 0, 0);
            assertConditions(softly, described, replicaSet.path("status"));
            assertTemplateContainers(softly, described, replicaSet.path("spec").path("template").path("spec"));
            softly.assertThat(described.all(TemplateContainer.class).get(0).liveness().target()).isEqualTo(":9000");
            softly.assertThat(described.all(KubeEvent.class)).filteredOn(KubeEvent::isWarning).singleElement()
                    .satisfies(event -> {
                        assertThat(event.reason()).isEqualTo("FailedCreate");
                        assertThat(event.count()).isEqualTo(9);
                        assertThat(event.message()).contains("exceeded quota: compute");
                    });
        });
    }

    @Test
    void reads_the_job_that_reached_its_backoff_limit() {
        everyVersion(JOB, (softly, described) -> {
            JsonNode job = described.object("Job", "db-migrate");
            JsonNode spec = job.path("spec");
            JobInfo info = described.one(JobInfo.class);
            softly.assertThat(info.ref()).isEqualTo(new ObjectRef("Job", "payments", "db-migrate"));
            softly.assertThat(info.parallelism()).isEqualTo(spec.path("parallelism").asInt());
            softly.assertThat(info.completions()).isEqualTo(spec.path("completions").asInt());
            softly.assertThat(info.completionMode()).isEqualTo(spec.path("completionMode").asString());
            softly.assertThat(info.activeDeadlineSeconds()).isEqualTo(spec.path("activeDeadlineSeconds").asInt());
            softly.assertThat(DescribedFixture.sameMoment(info.startTime(), job.path("status").path("startTime")
                    .asString())).as(info.startTime()).isTrue();
            softly.assertThat(info.active()).isZero();
            softly.assertThat(info.ready()).isEqualTo(job.path("status").path("ready").asInt());
            softly.assertThat(info.succeeded()).isZero();
            softly.assertThat(info.failed()).isEqualTo(job.path("status").path("failed").asInt());
            if (described.minorVersion() >= 30) {
                softly.assertThat(info.backoffLimit()).isEqualTo(spec.path("backoffLimit").asInt());
                softly.assertThat(info.suspend()).isEqualTo(spec.path("suspend").asBoolean());
                softly.assertThat(info.reachedBackoffLimit()).isTrue();
            } else {
                softly.assertThat(info.backoffLimit()).as("not printed before kubectl 1.30").isNull();
            }
            softly.assertThat(described.all(TemplateContainer.class)).extracting(TemplateContainer::image)
                    .containsExactly("registry.example.com/payments/migrate:7.1");
            softly.assertThat(described.all(KubeEvent.class)).extracting(KubeEvent::reason)
                    .containsExactly("SuccessfulCreate", "BackoffLimitExceeded");
        });
    }

    @Test
    void reads_the_service_whose_selector_matches_no_ready_pod() {
        everyVersion(SERVICE, (softly, described) -> {
            JsonNode spec = described.object("Service", "payments-api").path("spec");
            ServiceInfo info = described.one(ServiceInfo.class);
            softly.assertThat(info.ref()).isEqualTo(new ObjectRef("Service", "payments", "payments-api"));
            softly.assertThat(info.type()).isEqualTo(spec.path("type").asString());
            softly.assertThat(info.selector()).isEqualTo("app=payments-api,tier=backend");
            softly.assertThat(info.clusterIp()).isEqualTo(spec.path("clusterIP").asString());
            softly.assertThat(info.sessionAffinity()).isEqualTo(spec.path("sessionAffinity").asString());
            List<ServicePort> ports = described.all(ServicePort.class);
            List<JsonNode> expected = spec.path("ports").valueStream().toList();
            softly.assertThat(ports).hasSameSizeAs(expected);
            for (int i = 0; i < Math.min(ports.size(), expected.size()); i++) {
                softly.assertThat(ports.get(i).name()).isEqualTo(expected.get(i).path("name").asString());
                softly.assertThat(ports.get(i).port()).isEqualTo(expected.get(i).path("port").asInt());
                softly.assertThat(ports.get(i).protocol()).isEqualTo(expected.get(i).path("protocol").asString());
                softly.assertThat(ports.get(i).targetPort()).isEqualTo(expected.get(i).path("targetPort").asString());
                softly.assertThat(ports.get(i).nodePort()).isEqualTo(expected.get(i).path("nodePort").asInt());
                softly.assertThat(ports.get(i).hasEndpoints()).isFalse();
                softly.assertThat(ports.get(i).endpointsLine()).isNotNull();
            }
        });
    }

    @Test
    void reads_the_pending_claim_that_names_no_storage_class() {
        everyVersion(PVC, (softly, described) -> {
            JsonNode claim = described.object("PersistentVolumeClaim", "data-postgres-0");
            PvcInfo info = described.one(PvcInfo.class);
            softly.assertThat(info.ref()).isEqualTo(new ObjectRef("PersistentVolumeClaim", "db", "data-postgres-0"));
            softly.assertThat(info.status()).isEqualTo(claim.path("status").path("phase").asString());
            softly.assertThat(info.isPending()).isTrue();
            softly.assertThat(info.storageClass()).isNull();
            softly.assertThat(info.storageClassLine()).isNotNull();
            softly.assertThat(info.volume()).isNull();
            softly.assertThat(info.capacity()).isNull();
            softly.assertThat(info.volumeMode()).isEqualTo(claim.path("spec").path("volumeMode").asString());
            softly.assertThat(info.usedBy()).containsExactly("postgres-0");
            softly.assertThat(described.all(KubeEvent.class)).singleElement().satisfies(event -> {
                assertThat(event.reason()).isEqualTo("FailedBinding");
                assertThat(event.message()).endsWith("no storage class is set");
            });
        });
    }

    @Test
    void reads_the_stateful_set_with_a_pending_replica_and_its_claim_templates() {
        everyVersion(STATEFUL_SET, (softly, described) -> {
            JsonNode statefulSet = described.object("StatefulSet", "postgres");
            StatefulSetInfo info = described.one(StatefulSetInfo.class);
            softly.assertThat(info.ref()).isEqualTo(new ObjectRef("StatefulSet", "db", "postgres"));
            softly.assertThat(info.desiredReplicas()).isEqualTo(statefulSet.path("spec").path("replicas").asInt());
            softly.assertThat(info.totalReplicas()).isEqualTo(statefulSet.path("status").path("replicas").asInt());
            softly.assertThat(info.updateStrategy()).isEqualTo("RollingUpdate");
            softly.assertThat(info.partition()).isZero();
            softly.assertThat(described.one(PodsStatus.class)).extracting(PodsStatus::running, PodsStatus::pending)
                    .containsExactly(1, 1);
            JsonNode claim = statefulSet.path("spec").path("volumeClaimTemplates").path(0);
            softly.assertThat(described.one(VolumeClaimTemplate.class)).satisfies(template -> {
                assertThat(template.name()).isEqualTo(claim.path("metadata").path("name").asString());
                assertThat(template.storageClass()).isEqualTo(claim.path("spec").path("storageClassName").asString());
                assertThat(template.capacity()).isEqualTo(Quantity.parse(
                        claim.path("spec").path("resources").path("requests").path("storage").asString()));
                assertThat(template.accessModes()).isEqualTo("[ReadWriteOnce]");
            });
            assertTemplateContainers(softly, described, statefulSet.path("spec").path("template").path("spec"));
        });
    }

    @Test
    void reads_the_daemon_set_counts_of_nodes() {
        everyVersion(DAEMON_SET, (softly, described) -> {
            JsonNode status = described.object("DaemonSet", "log-agent").path("status");
            DaemonSetInfo info = described.one(DaemonSetInfo.class);
            softly.assertThat(info.ref().namespace()).as("printed since kubectl 1.33")
                    .isEqualTo(described.minorVersion() >= 33 ? "kube-system" : null);
            softly.assertThat(info.desiredScheduled()).isEqualTo(status.path("desiredNumberScheduled").asInt());
            softly.assertThat(info.currentScheduled()).isEqualTo(status.path("currentNumberScheduled").asInt());
            softly.assertThat(info.upToDate()).isEqualTo(status.path("updatedNumberScheduled").asInt());
            softly.assertThat(info.available()).isEqualTo(status.path("numberAvailable").asInt());
            softly.assertThat(info.misscheduled()).isEqualTo(status.path("numberMisscheduled").asInt());
            softly.assertThat(described.one(PodsStatus.class)).extracting(PodsStatus::running, PodsStatus::pending)
                    .containsExactly(2, 1);
            assertTemplateContainers(softly, described,
                    described.object("DaemonSet", "log-agent").path("spec").path("template").path("spec"));
        });
    }

    @Test
    void reads_the_suspended_cron_job_and_its_running_job() {
        everyVersion(CRON_JOB, (softly, described) -> {
            JsonNode cronJob = described.object("CronJob", "nightly-report");
            JsonNode spec = cronJob.path("spec");
            CronJobInfo info = described.one(CronJobInfo.class);
            softly.assertThat(info.ref()).isEqualTo(new ObjectRef("CronJob", "payments", "nightly-report"));
            softly.assertThat(info.schedule()).isEqualTo(spec.path("schedule").asString());
            softly.assertThat(info.concurrencyPolicy()).isEqualTo(spec.path("concurrencyPolicy").asString());
            softly.assertThat(info.isSuspended()).isEqualTo(spec.path("suspend").asBoolean());
            softly.assertThat(info.successfulJobsHistoryLimit())
                    .isEqualTo(spec.path("successfulJobsHistoryLimit").asInt());
            softly.assertThat(info.failedJobsHistoryLimit()).isEqualTo(spec.path("failedJobsHistoryLimit").asInt());
            softly.assertThat(info.startingDeadlineSeconds()).isEqualTo(spec.path("startingDeadlineSeconds").asInt());
            softly.assertThat(DescribedFixture.sameMoment(info.lastScheduleTime(),
                    cronJob.path("status").path("lastScheduleTime").asString())).as(info.lastScheduleTime()).isTrue();
            softly.assertThat(info.activeJobs()).containsExactly("nightly-report-29400930");
            assertTemplateContainers(softly, described, spec.path("jobTemplate").path("spec").path("template")
                    .path("spec"));
        });
    }

    @Test
    void reads_the_secret_keys_and_no_value() {
        everyVersion(SECRET, (softly, described) -> {
            JsonNode secret = described.object("Secret", "web-db");
            ConfigObjectInfo info = described.one(ConfigObjectInfo.class);
            softly.assertThat(info.ref()).isEqualTo(new ObjectRef("Secret", "storefront", "web-db"));
            softly.assertThat(info.type()).isEqualTo(secret.path("type").asString());
            softly.assertThat(info.keys()).containsExactlyElementsOf(new TreeSet<>(secret.path("data").propertyNames()));
        });
    }

    @Test
    void reads_the_config_map_keys_and_keeps_none_of_its_values_even_in_notes() {
        everyVersion(CONFIG_MAP, (softly, described) -> {
            JsonNode configMap = described.object("ConfigMap", "web-settings");
            ConfigObjectInfo info = described.one(ConfigObjectInfo.class);
            softly.assertThat(info.ref()).isEqualTo(new ObjectRef("ConfigMap", "storefront", "web-settings"));
            TreeSet<String> keys = new TreeSet<>(configMap.path("data").propertyNames());
            keys.addAll(configMap.path("binaryData").propertyNames());
            softly.assertThat(info.keys()).containsExactlyElementsOf(keys);
            softly.assertThat(described.notes()).hasSize(configMap.path("data").size())
                    .allSatisfy(note -> assertThat(note.text()).isEmpty());
            String everythingKept = described.facts().toString() + described.notes();
            configMap.path("data").valueStream().flatMap(value -> value.asString().lines())
                    .filter(line -> !line.isBlank())
                    .forEach(line -> softly.assertThat(everythingKept).doesNotContain(line.strip()));
        });
    }

    private static void assertConditions(SoftAssertions softly, DescribedFixture described, JsonNode status) {
        softly.assertThat(described.all(ObjectCondition.class))
                .extracting(ObjectCondition::type, ObjectCondition::status, ObjectCondition::reason)
                .containsExactlyElementsOf(status.path("conditions").valueStream()
                        .map(c -> org.assertj.core.groups.Tuple.tuple(c.path("type").asString(),
                                c.path("status").asString(), c.path("reason").asString())).toList());
    }

    /** Names, images, limits and requests of the template's containers, in order. */
    private static void assertTemplateContainers(SoftAssertions softly, DescribedFixture described, JsonNode podSpec) {
        List<TemplateContainer> containers = described.all(TemplateContainer.class);
        List<JsonNode> expected = podSpec.path("containers").valueStream().toList();
        softly.assertThat(containers).hasSameSizeAs(expected);
        for (int i = 0; i < Math.min(containers.size(), expected.size()); i++) {
            TemplateContainer read = containers.get(i);
            JsonNode container = expected.get(i);
            JsonNode resources = container.path("resources");
            softly.assertThat(read.name()).isEqualTo(container.path("name").asString());
            softly.assertThat(read.image()).isEqualTo(container.path("image").asString());
            softly.assertThat(read.limits().cpu()).isEqualTo(quantity(resources.path("limits").path("cpu")));
            softly.assertThat(read.limits().memory()).isEqualTo(quantity(resources.path("limits").path("memory")));
            softly.assertThat(read.requests().cpu()).isEqualTo(quantity(resources.path("requests").path("cpu")));
            softly.assertThat(read.requests().memory())
                    .isEqualTo(quantity(resources.path("requests").path("memory")));
        }
    }

    private static Quantity quantity(JsonNode value) {
        return value.isMissingNode() ? null : Quantity.parse(value.asString());
    }

    private static org.assertj.core.groups.Tuple replicaSetRow(JsonNode replicaSet, boolean isNew) {
        return org.assertj.core.groups.Tuple.tuple(replicaSet.path("metadata").path("name").asString(), isNew,
                replicaSet.path("status").path("replicas").asInt(), replicaSet.path("spec").path("replicas").asInt());
    }

    private static void everyVersion(String fixture, BiConsumer<SoftAssertions, DescribedFixture> checks) {
        var softly = new SoftAssertions();
        described(fixture).values().forEach(described -> checks.accept(softly, described));
        softly.assertAll();
    }

    private static Map<String, DescribedFixture> described(String fixture) {
        return DESCRIBED.computeIfAbsent(fixture, name -> {
            List<String> command = COMMANDS.get(name);
            return DescribedFixture.byEveryVersion(name, command.get(0), command.get(1), command.get(2));
        });
    }

    private static List<String> commandOf(String kind, String name, String namespace) {
        return java.util.Arrays.asList(kind, name, namespace);
    }
}
