package dev.kubeadvisor.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ExecutableModelIndexTest {

    private final ClassLoader loader = getClass().getClassLoader();

    @Test
    void an_absent_index_yields_no_models() {
        assertThat(ExecutableModelIndex.read(loader, "model-index/absent")).isEmpty();
    }

    @Test
    void an_index_naming_a_class_that_is_not_there_asks_for_a_rebuild() {
        assertThatThrownBy(() -> ExecutableModelIndex.read(loader, "model-index/drools-model"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("dev.kubeadvisor.rules.gone.RulesMissing")
                .hasMessageContaining("rebuild the rules module");
    }
}
