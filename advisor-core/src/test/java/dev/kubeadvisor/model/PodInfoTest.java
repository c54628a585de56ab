package dev.kubeadvisor.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PodInfoTest {

    @Test
    void infers_the_deployment_from_its_replica_set() {
        assertThat(controlledBy("ReplicaSet/analytics-exporter-fast-76897854c").workload())
                .isEqualTo("deployment/analytics-exporter-fast");
        assertThat(controlledBy("ReplicaSet/payment-processing-worker-747ccfb9db").workload())
                .isEqualTo("deployment/payment-processing-worker");
    }

    @Test
    void keeps_a_replica_set_whose_name_has_no_pod_template_hash() {
        assertThat(controlledBy("ReplicaSet/legacy-frontend").workload()).isEqualTo("replicaset/legacy-frontend");
    }

    @Test
    void infers_the_cron_job_from_its_job() {
        assertThat(controlledBy("Job/nightly-report-29412060").workload()).isEqualTo("cronjob/nightly-report");
        assertThat(controlledBy("Job/db-migrate").workload()).isEqualTo("job/db-migrate");
    }

    @Test
    void names_other_controllers_as_kubectl_targets() {
        assertThat(controlledBy("StatefulSet/postgres").workload()).isEqualTo("statefulset/postgres");
        assertThat(controlledBy("DaemonSet/fluent-bit").workload()).isEqualTo("daemonset/fluent-bit");
    }

    @Test
    void is_the_pod_itself_without_a_controller() {
        assertThat(controlledBy(null).workload()).isEqualTo("pod/web-1");
    }

    private static PodInfo controlledBy(String owner) {
        return new PodInfo(ObjectRef.pod("default", "web-1"), "Running", null, null, "node-a", owner, null,
                null, null, null, null, null);
    }
}
