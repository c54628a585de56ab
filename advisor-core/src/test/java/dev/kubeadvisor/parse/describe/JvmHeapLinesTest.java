package dev.kubeadvisor.parse.describe;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kubeadvisor.Snapshot;
import dev.kubeadvisor.input.InputDocument;
import dev.kubeadvisor.input.Redactor;
import dev.kubeadvisor.model.EnvVar;
import dev.kubeadvisor.model.JvmHeapSetting;
import java.util.List;
import org.junit.jupiter.api.Test;

class JvmHeapLinesTest {

    private static final String DESCRIBE = """
            Name:             billing-5f7d9c6b8-r4t2q
            Namespace:        finance
            Status:           Running
            Containers:
              billing:
                Image:          registry.example.com/finance/billing:4.2.0
                Command:
                  java
                  -Xmx256m
                  -jar
                  /app/billing.jar
                Args:
                  -XX:MaxRAMPercentage=90
                State:          Running
                Limits:
                  memory:  1Gi
                Environment:
                  JAVA_TOOL_OPTIONS:  -Djavax.net.ssl.trustStorePassword=changeit -Xmx1g
                  APP_SECRET_OPTS:    -Xmx4g
                  SPRING_PROFILES_ACTIVE:  prod
            """;

    private final Snapshot snapshot = Snapshot.fromInputs(List.of(new InputDocument("describe.txt", DESCRIBE)));

    @Test
    void keeps_only_the_heap_option_of_a_jvm_option_variable_and_its_line_stays_redacted() {
        JvmHeapSetting tool = settings().stream().filter(s -> s.source().equals("JAVA_TOOL_OPTIONS")).findFirst()
                .orElseThrow();

        assertThat(tool.option()).isEqualTo("-Xmx1g");
        assertThat(tool.line().line()).isEqualTo(18);
        assertThat(tool.line().text()).contains(Redactor.MASK).doesNotContain("changeit");
        assertThat(variable("JAVA_TOOL_OPTIONS").line().text()).doesNotContain("changeit");
    }

    @Test
    void reads_the_last_heap_option_of_command_and_args() {
        JvmHeapSetting commandLine = settings().stream().filter(s -> s.source().equals(JvmHeapSetting.COMMAND_LINE))
                .findFirst().orElseThrow();

        assertThat(commandLine.option()).isEqualTo("-XX:MaxRAMPercentage=90");
        assertThat(commandLine.line().line()).isEqualTo(13);
    }

    @Test
    void ignores_variables_outside_the_jvm_option_names() {
        assertThat(settings()).extracting(JvmHeapSetting::source)
                .containsExactlyInAnyOrder("JAVA_TOOL_OPTIONS", JvmHeapSetting.COMMAND_LINE);
        assertThat(snapshot.notes()).isEmpty();
    }

    private List<JvmHeapSetting> settings() {
        return snapshot.facts().stream().filter(JvmHeapSetting.class::isInstance).map(JvmHeapSetting.class::cast)
                .toList();
    }

    private EnvVar variable(String name) {
        return snapshot.facts().stream().filter(EnvVar.class::isInstance).map(EnvVar.class::cast)
                .filter(v -> v.name().equals(name)).findFirst().orElseThrow();
    }
}
