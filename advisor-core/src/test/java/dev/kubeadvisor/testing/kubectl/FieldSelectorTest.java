package dev.kubeadvisor.testing.kubectl;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class FieldSelectorTest {

    private static final JsonNode EVENT = JsonMapper.shared().readTree("""
            {"involvedObject": {"kind": "Pod", "name": "web,1", "namespace": "shop"}, "count": 5}""");

    @Test
    void matches_when_every_term_holds() {
        assertThat(FieldSelector.parse("involvedObject.kind=Pod,involvedObject.namespace==shop").matches(EVENT))
                .isTrue();
        assertThat(FieldSelector.parse("involvedObject.kind=Pod,involvedObject.namespace!=shop").matches(EVENT))
                .isFalse();
    }

    @Test
    void reads_a_missing_field_as_the_empty_string() {
        assertThat(FieldSelector.parse("involvedObject.uid=").matches(EVENT)).isTrue();
        assertThat(FieldSelector.parse("involvedObject.uid!=abc").matches(EVENT)).isTrue();
    }

    @Test
    void compares_numbers_as_text_and_honours_escaped_commas() {
        assertThat(FieldSelector.parse("count=5,involvedObject.name=web\\,1").matches(EVENT)).isTrue();
    }

    @Test
    void an_empty_selector_matches_everything() {
        assertThat(FieldSelector.parse("").matches(EVENT)).isTrue();
    }

    @Test
    void rejects_a_term_without_an_operator() {
        assertThatIllegalArgumentException().isThrownBy(() -> FieldSelector.parse("involvedObject.name"));
    }
}
