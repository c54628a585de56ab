package dev.kubeadvisor.parse.objects;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FieldNamesTest {

    @Test
    void a_known_field_name_is_the_literal_the_readers_ask_for() {
        FieldNames names = new FieldNames();

        assertThat(names.name("  \"metadata\": {", 3, 11)).isSameAs("metadata");
        assertThat(names.name("- name: web", 2, 6)).isSameAs("name");
    }

    @Test
    void a_name_read_again_is_the_same_string() {
        FieldNames names = new FieldNames();

        String first = names.name("\"app.kubernetes.io/part-of\": \"shop\"", 1, 26);
        String again = names.name("app.kubernetes.io/part-of: shop", 0, 25);

        assertThat(first).isEqualTo("app.kubernetes.io/part-of").isSameAs(again);
    }

    @Test
    void names_whose_hashes_collide_are_each_read_as_written() {
        FieldNames names = new FieldNames();
        List<String> colliding = new ArrayList<>();
        for (int i = 0; i < 1 << 8; i++) {
            StringBuilder name = new StringBuilder();
            for (int bit = 0; bit < 8; bit++) {
                name.append((i >> bit & 1) == 0 ? "Aa" : "BB");
            }
            colliding.add(name.toString());
        }

        for (int round = 0; round < 2; round++) {
            for (String name : colliding) {
                String line = "  " + name + ": x";
                assertThat(names.name(line, 2, 2 + name.length())).isEqualTo(name);
            }
        }
        assertThat(colliding.stream().map(String::hashCode).distinct()).hasSize(1);
    }

    @Test
    void far_more_distinct_names_than_it_keeps_are_each_read_as_written() {
        FieldNames names = new FieldNames();

        for (int round = 0; round < 2; round++) {
            for (int i = 0; i < 100_000; i++) {
                String line = "\"label-" + i + "\": \"v\"";
                assertThat(names.name(line, 1, line.indexOf('"', 1))).isEqualTo("label-" + i);
            }
        }
    }
}
