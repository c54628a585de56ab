package dev.kubeadvisor.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ContainerStatusTest {

    @Test
    void quotes_limits_and_requests() {
        Resources limits = new Resources(Quantity.parse("500m"), Quantity.parse("256Mi"), null, null);
        Resources requests = new Resources(null, Quantity.parse("128Mi"), null, null);

        assertThat(container(ContainerKind.APP, limits, requests).resourcesText())
                .isEqualTo("limits cpu 500m, memory 256Mi; requests memory 128Mi");
        assertThat(container(ContainerKind.APP, Resources.NONE, Resources.NONE).resourcesText())
                .isEqualTo("limits none; requests none");
    }

    @Test
    void names_the_spec_and_status_lists_it_belongs_to() {
        assertThat(container(ContainerKind.INIT, Resources.NONE, Resources.NONE).specField())
                .isEqualTo("initContainers");
        assertThat(container(ContainerKind.APP, Resources.NONE, Resources.NONE).specField()).isEqualTo("containers");
        assertThat(container(ContainerKind.INIT, Resources.NONE, Resources.NONE).statusField())
                .isEqualTo("initContainerStatuses");
        assertThat(container(ContainerKind.APP, Resources.NONE, Resources.NONE).statusField())
                .isEqualTo("containerStatuses");
    }

    @Test
    void says_when_the_restart_count_is_not_shown() {
        assertThat(container(ContainerKind.APP, Resources.NONE, Resources.NONE).restartsText())
                .isEqualTo("restarted 2 time(s)");
        assertThat(new ContainerStatus(ObjectRef.pod("default", "web-1"), "app", ContainerKind.APP, null, null, null,
                null, null, Resources.NONE, Resources.NONE, null, null, null, null, null, null, null).restartsText())
                .isEqualTo("restart count not shown");
    }

    @Test
    void reads_the_previous_log_only_when_the_failed_run_is_not_the_current_one() {
        ContainerState failed = new ContainerState("Terminated", "Error", null, 1, null, null, null, null, null, null,
                null);
        ContainerState waiting = new ContainerState("Waiting", "CrashLoopBackOff", null, null, null, null, null, null,
                null, null, null);

        assertThat(withStates(waiting, failed).previousLogsFlag()).isEqualTo(" --previous");
        assertThat(withStates(failed, null).previousLogsFlag()).isEmpty();
    }

    private static ContainerStatus withStates(ContainerState state, ContainerState last) {
        return new ContainerStatus(ObjectRef.pod("default", "web-1"), "app", ContainerKind.APP, "web:1", state, last,
                false, last == null ? 0 : 1, Resources.NONE, Resources.NONE, null, null, null, null, null, null, null);
    }

    private static ContainerStatus container(ContainerKind kind, Resources limits, Resources requests) {
        return new ContainerStatus(ObjectRef.pod("default", "web-1"), "app", kind, "web:1", null, null, true, 2,
                limits, requests, null, null, null, null, null, null, null);
    }
}
