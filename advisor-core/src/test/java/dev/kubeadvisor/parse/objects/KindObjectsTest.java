package dev.kubeadvisor.parse.objects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.kubeadvisor.model.ConfigObjectInfo;
import dev.kubeadvisor.model.DeploymentInfo;
import dev.kubeadvisor.model.DeploymentReplicaSet;
import dev.kubeadvisor.model.JvmHeapSetting;
import dev.kubeadvisor.model.KubeEvent;
import dev.kubeadvisor.model.NodeAllocation;
import dev.kubeadvisor.model.NodeInfo;
import dev.kubeadvisor.model.NodePod;
import dev.kubeadvisor.model.NodeSelector;
import dev.kubeadvisor.model.ObjectRef;
import dev.kubeadvisor.model.PodInfo;
import dev.kubeadvisor.model.PodsStatus;
import dev.kubeadvisor.model.ResourceRequest;
import dev.kubeadvisor.model.ServicePort;
import dev.kubeadvisor.model.TemplateContainer;
import org.junit.jupiter.api.Test;

/** Kinds other than pods and events, read from JSON and YAML into the facts their describe gives. */
class KindObjectsTest {

    @Test
    void sums_the_requests_of_the_node_s_unfinished_pods_as_describe_node_does() {
        ObjectsReading read = ObjectsReading.json("""
                {"kind": "List", "items": [
                  {"kind": "Node", "metadata": {"name": "n1", "labels": {"node-role.kubernetes.io/worker": ""}},
                   "status": {"allocatable": {"cpu": "3920m", "memory": "7823112Ki", "nvidia.com/gpu": "1"}}},
                  {"kind": "Pod", "metadata": {"name": "a", "namespace": "x"},
                   "spec": {"nodeName": "n1", "containers": [{"name": "c",
                     "resources": {"requests": {"cpu": "500m", "memory": "1Gi"}, "limits": {"memory": "3Gi"}}}]},
                   "status": {"phase": "Running"}},
                  {"kind": "Pod", "metadata": {"name": "b", "namespace": "x"},
                   "spec": {"nodeName": "n1", "containers": [{"name": "c",
                     "resources": {"requests": {"cpu": "1", "memory": "128Mi"}}}]},
                   "status": {"phase": "Running"}},
                  {"kind": "Pod", "metadata": {"name": "done", "namespace": "x"},
                   "spec": {"nodeName": "n1", "containers": [{"name": "c",
                     "resources": {"requests": {"cpu": "2"}}}]},
                   "status": {"phase": "Succeeded"}}
                ]}""");

        assertThat(read.only(NodeInfo.class).roles()).isEqualTo("worker");
        assertThat(read.all(NodePod.class)).extracting(p -> p.pod().name()).containsExactly("a", "b");
        assertThat(read.all(NodePod.class).get(0).memoryLimitsPercent()).as("3Gi of 7823112Ki, truncated")
                .isEqualTo(40);
        assertThat(read.all(NodeAllocation.class))
                .extracting(a -> a.resource(), a -> a.requests().text(), a -> a.requestsPercent())
                .containsExactly(tuple("cpu", "1500m", 38), tuple("memory", "1152Mi", 15),
                        tuple("ephemeral-storage", "0", 0), tuple("nvidia.com/gpu", "0", null));
    }

    @Test
    void leaves_out_what_only_other_objects_would_tell_when_the_document_does_not_hold_them() {
        ObjectsReading read = ObjectsReading.json("""
                {"kind": "List", "items": [
                  {"kind": "Node", "metadata": {"name": "n1"}, "status": {"allocatable": {"cpu": "4"}}},
                  {"kind": "ReplicaSet", "metadata": {"name": "rs", "namespace": "x"}, "spec": {"replicas": 2}}
                ]}""");

        assertThat(read.all(NodePod.class)).isEmpty();
        assertThat(read.all(NodeAllocation.class)).isEmpty();
        assertThat(read.all(PodsStatus.class)).isEmpty();
        assertThat(read.only(NodeInfo.class).leaseHolder()).isNull();
    }

    @Test
    void tells_the_new_replica_set_of_a_deployment_by_its_revision() {
        ObjectsReading read = ObjectsReading.yaml("""
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  name: web
                  namespace: shop
                  annotations:
                    deployment.kubernetes.io/revision: "2"
                spec:
                  replicas: 3
                  selector:
                    matchLabels: {app: web}
                    matchExpressions:
                    - {key: tier, operator: In, values: [front, edge]}
                  strategy:
                    type: RollingUpdate
                    rollingUpdate: {maxUnavailable: 0, maxSurge: 25%}
                  template:
                    spec:
                      containers:
                      - name: web
                        image: web:2
                        env:
                        - name: JAVA_TOOL_OPTIONS
                          value: -Xmx1g
                status:
                  replicas: 4
                  updatedReplicas: 1
                ---
                kind: ReplicaSet
                metadata:
                  name: web-old
                  namespace: shop
                  annotations: {deployment.kubernetes.io/revision: "1"}
                  ownerReferences: [{kind: Deployment, name: web, controller: true}]
                spec: {replicas: 3}
                status: {replicas: 3}
                ---
                kind: ReplicaSet
                metadata:
                  name: web-new
                  namespace: shop
                  annotations: {deployment.kubernetes.io/revision: "2"}
                  ownerReferences: [{kind: Deployment, name: web, controller: true}]
                spec: {replicas: 1}
                status: {replicas: 1}
                """);

        DeploymentInfo deployment = read.only(DeploymentInfo.class);
        assertThat(deployment.selector()).isEqualTo("app=web,tier in (edge,front)");
        assertThat(deployment.desiredReplicas()).isEqualTo(3);
        assertThat(deployment.availableReplicas()).as("absent from the status: 0").isZero();
        assertThat(deployment.maxUnavailable()).isEqualTo("0");
        assertThat(deployment.maxSurge()).isEqualTo("25%");
        assertThat(deployment.replicasLine().text()).isEqualTo("  replicas: 3");
        assertThat(read.all(DeploymentReplicaSet.class))
                .extracting(rs -> rs.replicaSet().name(), DeploymentReplicaSet::isNew, DeploymentReplicaSet::replicas)
                .containsExactly(tuple("web-old", false, 3), tuple("web-new", true, 1));
        assertThat(read.only(TemplateContainer.class).image()).isEqualTo("web:2");
        assertThat(read.only(JvmHeapSetting.class).pod()).isEqualTo(new ObjectRef("Deployment", "shop", "web"));
        assertThat(read.only(JvmHeapSetting.class).option()).isEqualTo("-Xmx1g");
    }

    @Test
    void lists_the_ready_endpoints_of_each_service_port_as_describe_abbreviates_them() {
        ObjectsReading read = ObjectsReading.json("""
                {"kind": "List", "items": [
                  {"kind": "Service", "metadata": {"name": "api", "namespace": "x"},
                   "spec": {"selector": {"app": "api"}, "ports": [{"name": "http", "port": 80, "targetPort": 8080}]}},
                  {"kind": "Endpoints", "metadata": {"name": "api", "namespace": "x"},
                   "subsets": [{"addresses": [{"ip": "10.0.0.1"}, {"ip": "10.0.0.2"}, {"ip": "10.0.0.3"},
                     {"ip": "10.0.0.4"}], "notReadyAddresses": [{"ip": "10.0.0.9"}],
                     "ports": [{"name": "http", "port": 8080}]}]},
                  {"kind": "Event", "involvedObject": {"kind": "Service", "name": "api", "namespace": "x"},
                   "reason": "Updated", "message": "ports changed"}
                ]}""");

        ServicePort port = read.only(ServicePort.class);
        assertThat(port.targetPort()).isEqualTo("8080");
        assertThat(port.endpoints()).containsExactly("10.0.0.1:8080", "10.0.0.2:8080", "10.0.0.3:8080");
        assertThat(port.endpointsLine().text()).contains("\"kind\": \"Endpoints\"");
        assertThat(read.only(KubeEvent.class).involved()).isEqualTo(new ObjectRef("Service", "x", "api"));
        assertThat(read.notes).isEmpty();
    }

    @Test
    void keeps_the_keys_of_a_secret_and_none_of_its_values() {
        ObjectsReading read = ObjectsReading.json("""
                {"kind": "Secret", "metadata": {"name": "db", "namespace": "x"}, "type": "Opaque",
                 "data": {"username": "YWRtaW4=", "password": "aHVudGVyMg=="}}""");

        ConfigObjectInfo secret = read.only(ConfigObjectInfo.class);
        assertThat(secret.keys()).containsExactly("password", "username");
        assertThat(secret.type()).isEqualTo("Opaque");
        assertThat(read.facts.toString()).doesNotContain("aHVudGVyMg==").doesNotContain("YWRtaW4=");
    }

    @Test
    void reads_the_pod_facts_describe_gained_node_selectors_other_requests_heap_and_qos_class() {
        ObjectsReading read = ObjectsReading.json("""
                {"kind": "Pod", "metadata": {"name": "train", "namespace": "ml"},
                 "spec": {"nodeSelector": {"pool": "gpu"}, "containers": [{"name": "t", "image": "t:1",
                   "command": ["java", "-Xmx2g", "-jar", "t.jar"],
                   "resources": {"requests": {"cpu": "1", "memory": "4Gi", "nvidia.com/gpu": "2"},
                                 "limits": {"cpu": "1", "memory": "4Gi", "nvidia.com/gpu": "2"}}}]}}""");

        assertThat(read.only(NodeSelector.class).label()).isEqualTo("pool=gpu");
        assertThat(read.only(ResourceRequest.class).describe()).isEqualTo("nvidia.com/gpu 2 (t)");
        assertThat(read.only(JvmHeapSetting.class).describe()).isEqualTo("-Xmx2g on the command line");
        assertThat(read.only(JvmHeapSetting.class).line().text()).contains("\"-Xmx2g\"");
        assertThat(read.only(PodInfo.class).qosClass()).as("computed as kubectl does without a status")
                .isEqualTo("Guaranteed");
    }
}
