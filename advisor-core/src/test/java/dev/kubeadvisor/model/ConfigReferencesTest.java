package dev.kubeadvisor.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ConfigReferencesTest {

    private static final ObjectRef WEB = new ObjectRef("Deployment", "storefront", "web");

    @Test
    void names_each_secret_and_config_map_once_in_input_order_and_skips_literals() {
        EnvFrom settings = new EnvFrom(WEB, "web", EnvSource.CONFIG_MAP, "web-settings", null, false, line(27));
        EnvVar password = new EnvVar(WEB, "web", "DB_PASSWORD", EnvSource.SECRET, false, "web-db", "password", false,
                line(29));
        EnvVar user = new EnvVar(WEB, "web", "DB_USER", EnvSource.SECRET, false, "web-db", "user", false, line(30));
        EnvVar level = new EnvVar(WEB, "web", "LOG_LEVEL", EnvSource.LITERAL, true, null, null, null, line(31));

        assertThat(ConfigReferences.names(List.of(password, user, level), List.of(settings)))
                .isEqualTo("ConfigMap web-settings, Secret web-db");
        assertThat(ConfigReferences.lines(List.of(password, level), List.of(settings)))
                .containsExactly(line(27), line(29));
    }

    private static SourceLine line(int number) {
        return new SourceLine("describe.txt", number, "line " + number);
    }
}
