package dev.kubeadvisor.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DeploymentInfoTest {

    @Test
    void rounds_a_max_unavailable_percentage_down_and_a_max_surge_percentage_up() {
        DeploymentInfo deployment = rollingUpdate(10, "25%", "25%");

        assertThat(deployment.maxUnavailableResolved()).isEqualTo(2);
        assertThat(deployment.maxSurgeResolved()).isEqualTo(3);
    }

    @Test
    void lets_a_single_replica_go_down_when_a_quarter_of_it_rounds_to_nothing_and_no_surge_is_allowed() {
        assertThat(rollingUpdate(1, "25%", "0").maxUnavailableResolved()).isEqualTo(1);
    }

    @Test
    void keeps_a_single_replica_up_when_the_surge_can_replace_it_first() {
        DeploymentInfo deployment = rollingUpdate(1, "25%", "25%");

        assertThat(deployment.maxUnavailableResolved()).isZero();
        assertThat(deployment.maxSurgeResolved()).isEqualTo(1);
    }

    @Test
    void takes_whole_numbers_as_they_are() {
        DeploymentInfo deployment = rollingUpdate(1, "1", "0");

        assertThat(deployment.maxUnavailableResolved()).isEqualTo(1);
        assertThat(deployment.maxSurgeResolved()).isZero();
    }

    @Test
    void resolves_nothing_without_a_rolling_update_or_a_replica_count() {
        assertThat(rollingUpdate(3, null, null).maxUnavailableResolved()).isNull();
        assertThat(rollingUpdate(null, "25%", "25%").maxSurgeResolved()).isNull();
    }

    @Test
    void serves_nothing_only_when_pods_are_wanted_and_none_is_available() {
        assertThat(available(3, 0).servesNothing()).isTrue();
        assertThat(available(3, 1).servesNothing()).isFalse();
        assertThat(available(0, 0).servesNothing()).isFalse();
        assertThat(available(3, 1).availabilityText()).isEqualTo("1 of 3 desired pods available");
    }

    private static DeploymentInfo available(int desired, int available) {
        return new DeploymentInfo(new ObjectRef("Deployment", "shop", "checkout"), "app=checkout", desired, desired,
                desired, available, desired - available, "RollingUpdate", 0, "25%", "25%", null, null, null, null);
    }

    private static DeploymentInfo rollingUpdate(Integer replicas, String maxUnavailable, String maxSurge) {
        return new DeploymentInfo(new ObjectRef("Deployment", "default", "web"), "app=web", replicas, replicas,
                replicas, replicas, 0, "RollingUpdate", 0, maxUnavailable, maxSurge, null, null, null, null);
    }
}
