package dev.kubeadvisor.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PlaceholderValuesTest {

    @Test
    void a_later_value_for_a_name_replaces_the_earlier_one() {
        PlaceholderValues.Collector collector = new PlaceholderValues.Collector();
        collector.put("pod", "web-1");
        collector.put("namespace", "shop");
        collector.put("pod", "web-2");

        PlaceholderValues values = collector.collected();

        assertThat(values).hasSize(2).containsEntry("pod", "web-2").containsEntry("namespace", "shop");
        assertThat(values.get("container")).isNull();
        assertThat(values.containsKey("namespace")).isTrue();
    }

    @Test
    void holds_more_values_than_it_first_makes_room_for() {
        PlaceholderValues.Collector collector = new PlaceholderValues.Collector();
        Map<String, String> expected = new LinkedHashMap<>();
        for (int i = 0; i < 20; i++) {
            collector.put("name" + i, "value" + i);
            expected.put("name" + i, "value" + i);
        }

        assertThat(collector.collected()).containsExactlyEntriesOf(expected);
    }

    @Test
    void equals_and_hashes_as_any_map_of_the_same_entries() {
        PlaceholderValues.Collector collector = new PlaceholderValues.Collector();
        collector.put("pod", "web-1");
        collector.put("kind", "pod");
        PlaceholderValues values = collector.collected();

        Map<String, String> same = Map.of("kind", "pod", "pod", "web-1");
        assertThat(values).isEqualTo(same);
        assertThat(same).isEqualTo(values);
        assertThat(values.hashCode()).isEqualTo(same.hashCode());
        assertThat(values).isNotEqualTo(Map.of("kind", "pod"));
    }

    @Test
    void cannot_be_changed() {
        PlaceholderValues.Collector collector = new PlaceholderValues.Collector();
        collector.put("pod", "web-1");
        PlaceholderValues values = collector.collected();

        assertThatThrownBy(() -> values.put("pod", "other")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> values.remove("pod")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(values::clear).isInstanceOf(UnsupportedOperationException.class);
        assertThat(values).containsEntry("pod", "web-1");
    }
}
