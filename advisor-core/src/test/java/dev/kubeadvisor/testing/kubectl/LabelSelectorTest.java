package dev.kubeadvisor.testing.kubectl;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class LabelSelectorTest {

    private static final JsonNode POD = JsonMapper.shared().readTree("""
            {"metadata": {"labels": {"app": "checkout", "track": "stable"}}}""");

    @Test
    void matches_equality_requirements() {
        assertThat(LabelSelector.parse("app=checkout,track==stable").matches(POD)).isTrue();
        assertThat(LabelSelector.parse("app=checkout,track!=stable").matches(POD)).isFalse();
        assertThat(LabelSelector.parse("tier!=frontend").matches(POD)).isTrue();
    }

    @Test
    void matches_set_based_requirements() {
        assertThat(LabelSelector.parse("app=checkout,track in (canary, stable)").matches(POD)).isTrue();
        assertThat(LabelSelector.parse("track notin (stable)").matches(POD)).isFalse();
        assertThat(LabelSelector.parse("tier notin (frontend)").matches(POD)).isTrue();
    }

    @Test
    void matches_existence_requirements() {
        assertThat(LabelSelector.parse("app,!tier").matches(POD)).isTrue();
        assertThat(LabelSelector.parse("tier").matches(POD)).isFalse();
    }

    @Test
    void an_empty_selector_matches_everything() {
        assertThat(LabelSelector.parse("").matches(POD)).isTrue();
    }
}
