package dev.kubeadvisor.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PodInfoTest {

    @Test
    void names_the_deployment_behind_a_replica_set() {
        assertThat(pod("ReplicaSet/customer-relations-webapp-7c67c65579").workload())
                .isEqualTo("deployment/customer-relations-webapp");
        assertThat(pod("ReplicaSet/web-5d8f7c9b4").workload()).isEqualTo("deployment/web");
    }

    @Test
    void names_the_cron_job_behind_a_scheduled_job() {
        assertThat(pod("Job/billing-export-28951920").workload()).isEqualTo("cronjob/billing-export");
        assertThat(pod("Job/db-migrate").workload()).isEqualTo("job/db-migrate");
    }

    @Test
    void writes_a_pod_template_patch_for_the_workload() {
        String secrets = "{\"imagePullSecrets\":[{\"name\":\"regcred\"}]}";
        assertThat(pod("ReplicaSet/web-5d8f7c9b4").podTemplatePatch(secrets))
                .isEqualTo("{\"spec\":{\"template\":{\"spec\":" + secrets + "}}}");
        assertThat(pod("Job/billing-export-28951920").podTemplatePatch(secrets))
                .isEqualTo("{\"spec\":{\"jobTemplate\":{\"spec\":{\"template\":{\"spec\":" + secrets + "}}}}}");
    }

    @Test
    void names_other_controllers_and_bare_pods_as_they_are() {
        assertThat(pod("StatefulSet/postgres").workload()).isEqualTo("statefulset/postgres");
        assertThat(pod("ReplicaSet/legacy").workload()).isEqualTo("replicaset/legacy");
        assertThat(pod(null).workload()).isEqualTo("pod/web-0");
    }

    private static PodInfo pod(String controlledBy) {
        return new PodInfo(ObjectRef.pod("shop", "web-0"), "Running", null, null, "node-a", controlledBy, null,
                null, null, null, null, null);
    }
}
