package dev.kubeadvisor.parse.describe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.kubeadvisor.Snapshot;
import dev.kubeadvisor.input.Note;
import dev.kubeadvisor.model.ConfigObjectInfo;
import dev.kubeadvisor.model.CronJobInfo;
import dev.kubeadvisor.model.DaemonSetInfo;
import dev.kubeadvisor.model.DeploymentInfo;
import dev.kubeadvisor.model.JobInfo;
import dev.kubeadvisor.model.KubeEvent;
import dev.kubeadvisor.model.NodeAllocation;
import dev.kubeadvisor.model.NodeCondition;
import dev.kubeadvisor.model.NodeInfo;
import dev.kubeadvisor.model.NodePod;
import dev.kubeadvisor.model.NodeTaint;
import dev.kubeadvisor.model.ObjectCondition;
import dev.kubeadvisor.model.ObjectRef;
import dev.kubeadvisor.model.PodsStatus;
import dev.kubeadvisor.model.PvcInfo;
import dev.kubeadvisor.model.ServiceInfo;
import dev.kubeadvisor.model.ServicePort;
import dev.kubeadvisor.model.StatefulSetInfo;
import dev.kubeadvisor.model.VolumeClaimTemplate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Hand-written pastes in the layouts kubectl-formats.md documents: older versions, odd values, cut excerpts. */
class DescribedKindsPasteTest {

    @Test
    void tells_every_described_kind_from_the_fields_it_prints() {
        Snapshot snapshot = Snapshot.fromText(NODE_WITHOUT_LEASE + RECREATE_DEPLOYMENT + OLD_JOB + SERVICE + BOUND_PVC
                + STATEFUL_SET + DAEMON_SET_BEFORE_1_33 + CRON_JOB + TLS_SECRET + CONFIG_MAP + REPLICA_SET + POD);

        assertThat(snapshot.inputs()).extracting(input -> input.kind()).containsExactly("describe-node",
                "describe-deployment", "describe-job", "describe-service", "describe-pvc", "describe-statefulset",
                "describe-daemonset", "describe-cronjob", "describe-secret", "describe-configmap",
                "describe-replicaset", "describe-pod");
        assertThat(snapshot.subjects()).extracting(ObjectRef::kind).containsExactly("Node", "Deployment", "Job",
                "Service", "PersistentVolumeClaim", "StatefulSet", "DaemonSet", "CronJob", "Secret", "ConfigMap",
                "ReplicaSet", "Pod");
    }

    private static final String NODE_WITHOUT_LEASE = """
            Name:               node-a
            Roles:              <none>
            Labels:             kubernetes.io/hostname=node-a
            Annotations:        <none>
            CreationTimestamp:  Tue, 27 Oct 2020 06:10:35 +0100
            Taints:             <none>
            Unschedulable:      false
            Lease:              Failed to get lease: leases.coordination.k8s.io "node-a" not found
            Conditions:
              Type             Status  LastHeartbeatTime                 LastTransitionTime                Reason                       Message
              ----             ------  -----------------                 ------------------                ------                       -------
              MemoryPressure   False   Thu, 26 Nov 2020 06:03:55 +0100   Tue, 27 Oct 2020 06:10:35 +0100   KubeletHasSufficientMemory   kubelet has sufficient memory available
              Ready            False   Thu, 26 Nov 2020 06:03:55 +0100   Thu, 26 Nov 2020 06:01:00 +0100   KubeletNotReady              container runtime network not ready: NetworkReady=false reason:NetworkPluginNotReady message:Network plugin returns error: cni plugin not initialized
              PIDPressure False Thu, 26 Nov 2020 06:03:55 +0100  Tue, 27 Oct 2020 06:10:35 +0100  KubeletHasSufficientPID  kubelet has sufficient PID available
            Capacity:
              cpu:     2
              memory:  4030184Ki
              pods:    110
            Allocatable:
              cpu:     1930m
              memory:  3825384Ki
              pods:    110
            Non-terminated Pods:          (1 in total)
              Namespace                   Name          CPU Requests  CPU Limits  Memory Requests  Memory Limits  AGE
              ---------                   ----          ------------  ----------  ---------------  -------------  ---
              default                     web-0         1800m (93%)   4 (207%)    512Mi (13%)      8Gi (219%)     5m
            Allocated resources:
              (Total limits may be over 100 percent, i.e., overcommitted.)
              Resource           Requests     Limits
              --------           --------     ------
              cpu                1800m (93%)  4 (207%)
              memory             512Mi (13%)  8Gi (219%)
            Events:              <none>
            """;

    @Test
    void reads_a_node_whose_lease_could_not_be_read_and_an_old_pods_table() {
        Snapshot snapshot = Snapshot.fromText(NODE_WITHOUT_LEASE);
        ObjectRef node = new ObjectRef("Node", null, "node-a");

        assertThat(facts(snapshot, NodeInfo.class)).singleElement().satisfies(info -> {
            assertThat(info.leaseHolder()).isNull();
            assertThat(info.leaseError()).isEqualTo("leases.coordination.k8s.io \"node-a\" not found");
            assertThat(info.roles()).isNull();
            assertThat(info.isCordoned()).isFalse();
        });
        assertThat(facts(snapshot, NodeTaint.class)).isEmpty();
        assertThat(facts(snapshot, NodePod.class)).extracting(NodePod::node, NodePod::pod, NodePod::cpuLimitsPercent,
                NodePod::age).containsExactly(tuple(node, ObjectRef.pod("default", "web-0"), 207, "5m"));
        assertThat(facts(snapshot, NodeAllocation.class)).allMatch(NodeAllocation::isOvercommitted);
        assertThat(snapshot.notes()).isEmpty();
    }

    @Test
    void reads_a_node_condition_message_with_colons_and_a_row_pasted_out_of_line() {
        List<NodeCondition> conditions = facts(Snapshot.fromText(NODE_WITHOUT_LEASE), NodeCondition.class);

        assertThat(conditions).extracting(NodeCondition::type, NodeCondition::status, NodeCondition::reason)
                .containsExactly(tuple("MemoryPressure", "False", "KubeletHasSufficientMemory"),
                        tuple("Ready", "False", "KubeletNotReady"),
                        tuple("PIDPressure", "False", "KubeletHasSufficientPID"));
        assertThat(conditions.get(1).message()).isEqualTo("container runtime network not ready: NetworkReady=false "
                + "reason:NetworkPluginNotReady message:Network plugin returns error: cni plugin not initialized");
        assertThat(conditions.get(1).isNotReady()).isTrue();
        assertThat(conditions.get(2).lastTransitionTime()).isEqualTo("Tue, 27 Oct 2020 06:10:35 +0100");
        assertThat(conditions.get(2).message()).isEqualTo("kubelet has sufficient PID available");
    }

    private static final String RECREATE_DEPLOYMENT = """
            Name:               batch-api
            Namespace:          jobs
            Selector:           app=batch-api
            Replicas:           0 desired | 0 updated | 0 total | 0 available | 0 unavailable
            StrategyType:       Recreate
            MinReadySeconds:    0
            Pod Template:
              ...
            Conditions:
              Type           Status  Reason
              ----           ------  ------
              Available      True    MinimumReplicasAvailable
              Progressing    True    NewReplicaSetAvailable
            OldReplicaSets:  <none>
            NewReplicaSet:   batch-api-6d9f (0/0 replicas created)
            Events:
              Type    Reason              Age   From                   Message
              ----    ------              ----  ----                   -------
              Normal  DeploymentRollback  2m    deployment-controller  Rolled back deployment "batch-api" to revision 3
            """;

    @Test
    void reads_a_recreate_deployment_scaled_to_zero_from_an_elided_paste() {
        Snapshot snapshot = Snapshot.fromText(RECREATE_DEPLOYMENT);

        assertThat(facts(snapshot, DeploymentInfo.class)).singleElement().satisfies(deployment -> {
            assertThat(deployment.isRecreate()).isTrue();
            assertThat(deployment.isScaledToZero()).isTrue();
            assertThat(deployment.maxUnavailable()).isNull();
            assertThat(deployment.maxUnavailableResolved()).isNull();
            assertThat(deployment.rollingUpdateLine()).isNull();
        });
        assertThat(facts(snapshot, ObjectCondition.class)).extracting(ObjectCondition::reason)
                .containsExactly("MinimumReplicasAvailable", "NewReplicaSetAvailable");
        assertThat(facts(snapshot, KubeEvent.class)).extracting(KubeEvent::reason).containsExactly("DeploymentRollback");
        assertThat(snapshot.notes()).extracting(Note::text).containsExactly("...");
    }

    private static final String OLD_JOB = """
            Name:           nightly-27100000
            Namespace:      reports
            Selector:       controller-uid=5f1e
            Labels:         job-name=nightly-27100000
            Controlled By:  CronJob/nightly
            Parallelism:    1
            Completions:    <unset>
            Start Time:     Mon, 12 Jul 2021 02:00:00 +0000
            Active Deadline Seconds:  600s
            Pods Statuses:  1 Running / 0 Succeeded / 3 Failed
            Pod Template:
              Labels:  job-name=nightly-27100000
              Containers:
               report:
                Image:      reports:2.0
                Environment:  <none>
                Mounts:       <none>
              Volumes:        <none>
            Events:
              Type     Reason            Age   From            Message
              ----     ------            ----  ----            -------
              Warning  DeadlineExceeded  1m    job-controller  Job was active longer than specified deadline
            """;

    @Test
    void reads_a_job_in_the_layout_of_kubectl_1_22_and_older() {
        Snapshot snapshot = Snapshot.fromText(OLD_JOB);

        assertThat(facts(snapshot, JobInfo.class)).singleElement().satisfies(job -> {
            assertThat(job.controlledBy()).isEqualTo("CronJob/nightly");
            assertThat(job.completions()).isNull();
            assertThat(job.activeDeadlineSeconds()).isEqualTo(600);
            assertThat(job.active()).isEqualTo(1);
            assertThat(job.ready()).isNull();
            assertThat(job.failed()).isEqualTo(3);
            assertThat(job.backoffLimit()).isNull();
            assertThat(job.reachedBackoffLimit()).isFalse();
        });
        assertThat(facts(snapshot, KubeEvent.class)).extracting(KubeEvent::reason).containsExactly("DeadlineExceeded");
        assertThat(snapshot.notes()).isEmpty();
    }

    private static final String SERVICE = """
            Name:              web
            Namespace:         shop
            Labels:            <none>
            Annotations:       <none>
            Selector:          app=web
            Type:              ClusterIP
            IP:                None
            Port:              <unset>  80/TCP
            TargetPort:        8080/TCP
            Endpoints:         10.244.1.7:8080,10.244.2.3:8080 + 1 more...
            Port:              metrics  9090/TCP
            TargetPort:        metrics/TCP
            Endpoints:         <none>
            Session Affinity:  ClientIP
            Events:            <none>
            """;

    @Test
    void reads_service_ports_with_and_without_endpoints() {
        Snapshot snapshot = Snapshot.fromText(SERVICE);

        assertThat(facts(snapshot, ServiceInfo.class)).singleElement().satisfies(service -> {
            assertThat(service.clusterIp()).isEqualTo("None");
            assertThat(service.sessionAffinity()).isEqualTo("ClientIP");
        });
        assertThat(facts(snapshot, ServicePort.class)).extracting(ServicePort::name, ServicePort::port,
                ServicePort::targetPort, ServicePort::nodePort, ServicePort::endpoints).containsExactly(
                tuple(null, 80, "8080", null, List.of("10.244.1.7:8080", "10.244.2.3:8080")),
                tuple("metrics", 9090, "metrics", null, List.of()));
        assertThat(snapshot.notes()).isEmpty();
    }

    private static final String BOUND_PVC = """
            Name:          data-web-0
            Namespace:     shop
            StorageClass:  standard
            Status:        Bound
            Volume:        pvc-1f2e3d4c
            Labels:        <none>
            Annotations:   pv.kubernetes.io/bind-completed: yes
            Finalizers:    [kubernetes.io/pvc-protection]
            Capacity:      10Gi
            Access Modes:  RWO
            VolumeMode:    Filesystem
            Used By:       web-0
                           web-debug
            Conditions:
              Type                      Status  LastProbeTime                     LastTransitionTime                Reason  Message
              ----                      ------  -----------------                 ------------------                ------  -------
              FileSystemResizePending   True    Mon, 01 Jan 0001 00:00:00 +0000   Thu, 26 Nov 2026 05:00:00 +0000           Waiting for user to (re-)start a pod to finish file system resize of volume on node.
            Events:        <none>
            """;

    @Test
    void reads_a_bound_claim_used_by_two_pods_and_its_conditions_by_header() {
        Snapshot snapshot = Snapshot.fromText(BOUND_PVC);

        assertThat(facts(snapshot, PvcInfo.class)).singleElement().satisfies(claim -> {
            assertThat(claim.isPending()).isFalse();
            assertThat(claim.storageClass()).isEqualTo("standard");
            assertThat(claim.volume()).isEqualTo("pvc-1f2e3d4c");
            assertThat(claim.capacity().text()).isEqualTo("10Gi");
            assertThat(claim.accessModes()).isEqualTo("RWO");
            assertThat(claim.usedBy()).containsExactly("web-0", "web-debug");
        });
        assertThat(facts(snapshot, ObjectCondition.class)).singleElement().satisfies(condition -> {
            assertThat(condition.type()).isEqualTo("FileSystemResizePending");
            assertThat(condition.reason()).isNull();
            assertThat(condition.message()).startsWith("Waiting for user to (re-)start a pod");
        });
        assertThat(snapshot.notes()).isEmpty();
    }

    private static final String STATEFUL_SET = """
            Name:                 cache
            Namespace:            shop
            CreationTimestamp:    Thu, 26 Nov 2026 05:00:00 +0000
            Selector:             app=cache
            Labels:               <none>
            Annotations:          <none>
            Service Name:         cache
            Pod Management Policy:  Parallel
            Replicas:             0 desired | 0 total
            Update Strategy:      OnDelete
            Pods Status:          0 Running / 0 Waiting / 0 Succeeded / 0 Failed
            Pod Template:
              Labels:  app=cache
              Containers:
               redis:
                Image:        redis:7
                Port:         6379/TCP
                Host Port:    0/TCP
                Environment:  <none>
                Mounts:       <none>
              Volumes:        <none>
            Volume Claims:
              Name:          data
              StorageClass:
              Labels:        <none>
              Annotations:   <none>
              Capacity:      1Gi
              Access Modes:  [ReadWriteOnce]
              Name:          logs
              StorageClass:  slow
              Labels:        <none>
              Annotations:   <none>
              Capacity:      500Mi
              Access Modes:  [ReadWriteMany]
            Events:            <none>
            """;

    @Test
    void reads_a_stateful_set_of_kubectl_1_37_with_two_claim_templates() {
        Snapshot snapshot = Snapshot.fromText(STATEFUL_SET);

        assertThat(facts(snapshot, StatefulSetInfo.class)).singleElement().satisfies(statefulSet -> {
            assertThat(statefulSet.isScaledToZero()).isTrue();
            assertThat(statefulSet.updateStrategy()).isEqualTo("OnDelete");
            assertThat(statefulSet.partition()).isNull();
        });
        assertThat(facts(snapshot, VolumeClaimTemplate.class)).extracting(VolumeClaimTemplate::name,
                VolumeClaimTemplate::storageClass, template -> template.capacity().text(),
                VolumeClaimTemplate::accessModes).containsExactly(tuple("data", null, "1Gi", "[ReadWriteOnce]"),
                tuple("logs", "slow", "500Mi", "[ReadWriteMany]"));
        assertThat(snapshot.notes()).isEmpty();
    }

    private static final String DAEMON_SET_BEFORE_1_33 = """
            Name:           node-exporter
            Selector:       app=node-exporter
            Node-Selector:  kubernetes.io/os=linux
            Labels:         <none>
            Annotations:    deprecated.daemonset.template.generation: 1
            Desired Number of Nodes Scheduled: 3
            Current Number of Nodes Scheduled: 3
            Number of Nodes Scheduled with Up-to-date Pods: 3
            Number of Nodes Scheduled with Available Pods: 0
            Number of Nodes Misscheduled: 0
            Pods Status:  0 Running / 3 Waiting / 0 Succeeded / 0 Failed
            Pod Template:
              Labels:  app=node-exporter
              Containers:
               exporter:
                Image:        prom/node-exporter:v1.8.0
                Environment:  <none>
                Mounts:       <none>
              Volumes:        <none>
            Events:           <none>
            """;

    @Test
    void reads_a_daemon_set_printed_without_its_namespace() {
        Snapshot snapshot = Snapshot.fromText(DAEMON_SET_BEFORE_1_33);

        assertThat(facts(snapshot, DaemonSetInfo.class)).singleElement().satisfies(daemonSet -> {
            assertThat(daemonSet.ref()).isEqualTo(new ObjectRef("DaemonSet", null, "node-exporter"));
            assertThat(daemonSet.nodeSelector()).isEqualTo("kubernetes.io/os=linux");
            assertThat(daemonSet.desiredScheduled()).isEqualTo(3);
            assertThat(daemonSet.available()).isZero();
        });
        assertThat(facts(snapshot, PodsStatus.class)).extracting(PodsStatus::pending).containsExactly(3);
        assertThat(snapshot.notes()).isEmpty();
    }

    private static final String CRON_JOB = """
            Name:                          cleanup
            Namespace:                     ops
            Labels:                        <none>
            Annotations:                   <none>
            Schedule:                      */5 * * * *
            Concurrency Policy:            Allow
            Suspend:                       False
            Successful Job History Limit:  3
            Failed Job History Limit:      1
            Starting Deadline Seconds:     <unset>
            Selector:                      <unset>
            Parallelism:                   <unset>
            Completions:                   <unset>
            Pod Template:
              Labels:  <none>
              Containers:
               cleanup:
                Image:        busybox:1.36
                Environment:  <none>
                Mounts:       <none>
              Volumes:        <none>
            Last Schedule Time:  <unset>
            Active Jobs:         <none>
            Events:              <none>
            """;

    @Test
    void reads_a_cron_job_that_never_ran() {
        Snapshot snapshot = Snapshot.fromText(CRON_JOB);

        assertThat(facts(snapshot, CronJobInfo.class)).singleElement().satisfies(cronJob -> {
            assertThat(cronJob.schedule()).isEqualTo("*/5 * * * *");
            assertThat(cronJob.isSuspended()).isFalse();
            assertThat(cronJob.startingDeadlineSeconds()).isNull();
            assertThat(cronJob.lastScheduleTime()).isNull();
            assertThat(cronJob.activeJobs()).isEmpty();
        });
        assertThat(snapshot.notes()).isEmpty();
    }

    private static final String TLS_SECRET = """
            Name:         web-tls
            Namespace:    shop
            Labels:       <none>
            Annotations:  cert-manager.io/issuer-name: letsencrypt

            Type:  kubernetes.io/tls

            Data
            ====
            tls.key:  1675 bytes
            tls.crt:  3903 bytes
            """;

    private static final String CONFIG_MAP = """
            Name:         web-config
            Namespace:    shop
            Labels:       <none>
            Annotations:  <none>

            Data
            ====
            settings.ini:
            ----
            Containers:
            token: 12 bytes
            Events:  do-not-read

            BinaryData
            ====
            keystore.p12: 2048 bytes

            Events:  <none>
            """;

    @Test
    void reads_secret_and_config_map_keys_whatever_the_config_map_values_look_like() {
        Snapshot snapshot = Snapshot.fromText(TLS_SECRET + CONFIG_MAP);

        assertThat(facts(snapshot, ConfigObjectInfo.class)).extracting(ConfigObjectInfo::ref, ConfigObjectInfo::type,
                ConfigObjectInfo::keys).containsExactly(
                tuple(new ObjectRef("Secret", "shop", "web-tls"), "kubernetes.io/tls", List.of("tls.crt", "tls.key")),
                tuple(new ObjectRef("ConfigMap", "shop", "web-config"), null,
                        List.of("keystore.p12", "settings.ini")));
        assertThat(snapshot.notes()).extracting(Note::text, Note::note)
                .containsExactly(tuple("", "value of key 'settings.ini' not kept (3 line(s))"));
        assertThat(snapshot.facts().toString()).doesNotContain("do-not-read");
    }

    private static final String REPLICA_SET = """
            Name:           web-5d8f
            Namespace:      shop
            Selector:       app=web,pod-template-hash=5d8f
            Controlled By:  Deployment/web
            Replicas:       0 current / 2 desired
            Pods Status:    error in fetching pods: pods is forbidden
            Pod Template:
              Labels:  app=web
              Containers:
               web:
                Image:        web:1.0
                Environment:  <none>
                Mounts:       <none>
              Volumes:        <none>
            Conditions:
              Type             Status  Reason
              ----             ------  ------
              ReplicaFailure   True    FailedCreate
            Events:
              Type     Reason        Age                From                   Message
              ----     ------        ----               ----                   -------
              Warning  FailedCreate  3s (x12 over 1m)   replicaset-controller  Error creating: pods "web-5d8f-" is forbidden: violates PodSecurity "restricted:latest": runAsNonRoot != true
            """;

    @Test
    void reads_a_replica_set_whose_pods_could_not_be_listed() {
        Snapshot snapshot = Snapshot.fromText(REPLICA_SET);

        assertThat(facts(snapshot, PodsStatus.class)).isEmpty();
        assertThat(facts(snapshot, ObjectCondition.class)).extracting(ObjectCondition::type, ObjectCondition::isTrue)
                .containsExactly(tuple("ReplicaFailure", true));
        assertThat(facts(snapshot, KubeEvent.class)).singleElement()
                .satisfies(event -> assertThat(event.message()).contains("violates PodSecurity"));
        assertThat(snapshot.notes()).extracting(Note::line).containsExactly(6);
    }

    private static final String POD = """
            Name:         web-0
            Namespace:    shop
            Node:         node-a/10.0.0.5
            Status:       Running
            Containers:
              web:
                Image:  web:1.0
            """;

    private static <T> List<T> facts(Snapshot snapshot, Class<T> type) {
        return snapshot.facts().stream().filter(type::isInstance).map(type::cast).toList();
    }
}
