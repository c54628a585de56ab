package dev.kubeadvisor.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RuleIdsTest {

    private static final List<String> KNOWN = List.of("container-oom-killed", "container-crash-loop",
            "container-exit-255", "image-not-found", "pod-unmanaged");

    @Test
    void suggests_the_id_with_one_typo() {
        assertThat(RuleIds.closest("container-oom-kiled", KNOWN)).containsExactly("container-oom-killed");
    }

    @Test
    void suggests_ids_that_contain_what_was_typed_first() {
        assertThat(RuleIds.closest("oom", KNOWN)).containsExactly("container-oom-killed");
        assertThat(RuleIds.closest("container", KNOWN)).hasSize(3).allMatch(id -> id.startsWith("container-"));
    }

    @Test
    void suggests_nothing_for_an_id_unlike_any_other() {
        assertThat(RuleIds.unknown("zebra-crossing", KNOWN)).isEqualTo("zebra-crossing");
    }
}
