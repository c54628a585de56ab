package dev.kubeadvisor.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MissingConfigTest {

    @Test
    void reads_a_missing_secret_or_config_map_from_kubelet_messages() {
        assertThat(MissingConfig.in("Error: secret \"db-credentials\" not found"))
                .isEqualTo(new MissingConfig("Secret", "db-credentials", null));
        assertThat(MissingConfig.in("Error: configmaps \"web-config\" not found"))
                .isEqualTo(new MissingConfig("ConfigMap", "web-config", null));
        assertThat(MissingConfig.in("MountVolume.SetUp failed for volume \"tls\" : secret \"web-tls\" not found"))
                .isEqualTo(new MissingConfig("Secret", "web-tls", null));
    }

    @Test
    void reads_a_missing_key_with_its_object() {
        MissingConfig key = MissingConfig.in("Error: couldn't find key password in Secret shop/db-credentials");
        assertThat(key).isEqualTo(new MissingConfig("Secret", "db-credentials", "password"));
        assertThat(key.isKeyMissing()).isTrue();
        assertThat(MissingConfig.in("Error: Couldn't find key LOG_LEVEL in ConfigMap shop/web-config"))
                .isEqualTo(new MissingConfig("ConfigMap", "web-config", "LOG_LEVEL"));
    }

    @Test
    void ignores_messages_that_name_nothing_missing() {
        assertThat(MissingConfig.in("Error: ErrImagePull")).isNull();
        assertThat(MissingConfig.in("Failed to pull image \"x\": docker.io/library/x:1: not found")).isNull();
        assertThat(MissingConfig.in(null)).isNull();
    }
}
