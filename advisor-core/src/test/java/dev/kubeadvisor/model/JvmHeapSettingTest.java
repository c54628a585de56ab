package dev.kubeadvisor.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JvmHeapSettingTest {

    private static final ObjectRef POD = ObjectRef.pod("shop", "orders-7d9f8b6c4-k2x7p");
    private static final Quantity LIMIT = Quantity.parse("1Gi");

    @Test
    void takes_the_last_heap_option_as_the_jvm_does() {
        JvmHeapSetting heap = JvmHeapSetting.lastIn("-Xms256m -Xmx512m -XX:+UseG1GC -Xmx1g", POD, "orders",
                "JAVA_TOOL_OPTIONS", null);

        assertThat(heap.option()).isEqualTo("-Xmx1g");
        assertThat(heap.heapBytes(LIMIT)).isEqualTo(1024d * 1024 * 1024);
        assertThat(heap.shareOf(LIMIT)).isEqualTo(1.0);
        assertThat(heap.describe()).isEqualTo("-Xmx1g in JAVA_TOOL_OPTIONS");
    }

    @Test
    void reads_sizes_in_every_jvm_unit_and_in_plain_bytes() {
        assertThat(JvmHeapSetting.lastIn("-Xmx768M", POD, "a", "JAVA_OPTS", null).heapBytes(LIMIT))
                .isEqualTo(768d * 1024 * 1024);
        assertThat(JvmHeapSetting.lastIn("-XX:MaxHeapSize=2097152k", POD, "a", "JAVA_OPTS", null).heapBytes(LIMIT))
                .isEqualTo(2d * 1024 * 1024 * 1024);
        assertThat(JvmHeapSetting.lastIn("-Xmx536870912", POD, "a", "JAVA_OPTS", null).heapBytes(LIMIT))
                .isEqualTo(512d * 1024 * 1024);
    }

    @Test
    void reads_a_heap_given_as_a_share_of_the_memory_limit() {
        JvmHeapSetting percentage = JvmHeapSetting.lastIn("\"-XX:MaxRAMPercentage=100.0\"", POD, "a",
                JvmHeapSetting.COMMAND_LINE, null);
        JvmHeapSetting fraction = JvmHeapSetting.lastIn("-XX:MaxRAMFraction=2", POD, "a", "JAVA_OPTS", null);

        assertThat(percentage.shareOf(LIMIT)).isEqualTo(1.0);
        assertThat(percentage.describe()).isEqualTo("-XX:MaxRAMPercentage=100.0 on the command line");
        assertThat(fraction.shareOf(LIMIT)).isEqualTo(0.5);
    }

    @Test
    void ranks_the_settings_as_the_jvm_applies_them() {
        JvmHeapSetting override = JvmHeapSetting.lastIn("-Xmx2g", POD, "a", "_JAVA_OPTIONS", null);
        JvmHeapSetting commandLine = JvmHeapSetting.lastIn("-Xmx1g", POD, "a", JvmHeapSetting.COMMAND_LINE, null);
        JvmHeapSetting tool = JvmHeapSetting.lastIn("-Xmx512m", POD, "a", "JAVA_TOOL_OPTIONS", null);
        JvmHeapSetting script = JvmHeapSetting.lastIn("-Xmx256m", POD, "a", "JAVA_OPTS", null);

        assertThat(override.precedence()).isGreaterThan(commandLine.precedence());
        assertThat(commandLine.precedence()).isGreaterThan(tool.precedence());
        assertThat(tool.precedence()).isGreaterThan(script.precedence());
        assertThat(tool.readByTheJvm()).isTrue();
        assertThat(script.readByTheJvm()).isFalse();
    }

    @Test
    void finds_nothing_in_other_options() {
        assertThat(JvmHeapSetting.lastIn("-Xms1g -XX:MaxMetaspaceSize=256m -Dspring.profiles.active=prod", POD, "a",
                "JAVA_OPTS", null)).isNull();
        assertThat(JvmHeapSetting.lastIn(null, POD, "a", "JAVA_OPTS", null)).isNull();
    }
}
