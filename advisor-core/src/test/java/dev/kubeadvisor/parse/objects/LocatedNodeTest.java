package dev.kubeadvisor.parse.objects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LocatedNodeTest {

    private static LocatedNode objectOf(int fields) {
        Map<String, LocatedNode> map = new LinkedHashMap<>();
        for (int i = 0; i < fields; i++) {
            map.put("field-" + i, LocatedNode.scalar(LocatedNode.Type.NUMBER, String.valueOf(i), i + 2, i + 2, 5));
        }
        return LocatedNode.object(1, map);
    }

    @Test
    void a_field_is_found_by_an_equal_name_in_small_and_large_objects() {
        for (int size : new int[] {3, 200}) {
            LocatedNode object = objectOf(size);

            assertThat(object.get(new String("field-2")).text()).isEqualTo("2");
            assertThat(object.get("field-" + (size - 1)).integer()).isEqualTo(size - 1);
            assertThat(object.get("absent")).isSameAs(LocatedNode.MISSING);
            assertThat(object.has("field-0")).isTrue();
        }
    }

    @Test
    void fields_read_as_an_unmodifiable_map_in_document_order() {
        Map<String, LocatedNode> fields = objectOf(20).fields();

        assertThat(fields).hasSize(20).containsKey("field-7").doesNotContainKey("field-20");
        assertThat(fields.keySet()).startsWith("field-0", "field-1", "field-2").endsWith("field-19");
        assertThat(fields.get("field-3").line()).isEqualTo(5);
        assertThat(fields.get("absent")).isNull();
        assertThatThrownBy(() -> fields.put("x", LocatedNode.MISSING))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void a_scalar_and_a_missing_node_have_no_fields_nor_items() {
        LocatedNode scalar = LocatedNode.scalar(LocatedNode.Type.STRING, "x", 1, 1, 1);

        assertThat(scalar.fields()).isEmpty();
        assertThat(scalar.items()).isEmpty();
        assertThat(LocatedNode.MISSING.get("a").get("b")).isSameAs(LocatedNode.MISSING);
        assertThat(LocatedNode.MISSING.path("a", "b", "c").isPresent()).isFalse();
    }
}
