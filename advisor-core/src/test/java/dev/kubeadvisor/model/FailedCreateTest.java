package dev.kubeadvisor.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class FailedCreateTest {

    private static final ObjectRef REPLICA_SET = new ObjectRef("ReplicaSet", "team-a", "api-6c8d5f7b9");
    private static final KubeEvent QUOTA = new KubeEvent(REPLICA_SET, "Warning", "FailedCreate", "10s", 9,
            "replicaset-controller", "Error creating: pods \"api-6c8d5f7b9-x7k2q\" is forbidden: exceeded quota: compute",
            null, null);

    @Test
    void says_which_controller_cannot_create_which_pods_and_how_often_it_tried() {
        assertThat(FailedCreate.describe(QUOTA)).isEqualTo("The replicaset-controller cannot create pods of ReplicaSet "
                + "api-6c8d5f7b9 (9 attempts): Error creating: pods \"api-6c8d5f7b9-x7k2q\" is forbidden: exceeded quota: compute");
    }

    @Test
    void points_at_the_deployment_that_owns_the_replica_set_when_the_input_shows_it() {
        ReplicaSetInfo owned = new ReplicaSetInfo(REPLICA_SET, "app=api", "Deployment/api", 2, 3, null, null, null);

        assertThat(FailedCreate.workload(QUOTA, List.of(owned))).isEqualTo("deployment/api");
        assertThat(FailedCreate.workload(QUOTA, List.of())).isEqualTo("replicaset/api-6c8d5f7b9");
    }
}
