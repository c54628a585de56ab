package dev.kubeadvisor.parse.objects;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OpenMembersTest {

    private static LocatedNode text(String value) {
        return LocatedNode.scalar(LocatedNode.Type.STRING, value, 1, 1, 1);
    }

    @Test
    void a_closed_object_takes_only_its_own_fields() {
        OpenMembers members = new OpenMembers();
        int outer = members.mark();
        members.field("kind", text("Pod"));
        int inner = members.mark();
        members.field("name", text("web"));
        members.field("namespace", text("shop"));
        members.field("metadata", members.object(3, inner));
        int list = members.mark();
        members.item(text("a"));
        members.item(text("b"));
        members.field("finalizers", members.array(6, list));

        LocatedNode pod = members.object(1, outer);

        assertThat(pod.fields().keySet()).containsExactly("kind", "metadata", "finalizers");
        assertThat(pod.path("metadata", "namespace").text()).isEqualTo("shop");
        assertThat(pod.get("metadata").line()).isEqualTo(3);
        assertThat(pod.get("finalizers").items()).extracting(LocatedNode::text).containsExactly("a", "b");
        assertThat(members.mark()).isZero();
    }

    @Test
    void a_name_given_twice_keeps_its_first_place_and_takes_its_last_value() {
        OpenMembers members = new OpenMembers();
        members.field("a", text("1"));
        members.field("b", text("2"));
        members.field("a", text("3"));

        assertThat(members.repeatsAName(0)).isTrue();
        LocatedNode object = members.object(1, 0);

        assertThat(object.fields().keySet()).containsExactly("a", "b");
        assertThat(object.get("a").text()).isEqualTo("3");
    }

    @Test
    void a_repeated_name_is_found_in_a_large_object_too() {
        OpenMembers members = new OpenMembers();
        for (int i = 0; i < 100; i++) {
            members.field("key-" + i, text(String.valueOf(i)));
        }
        assertThat(members.repeatsAName(0)).isFalse();

        members.field(new String("key-42"), text("again"));

        assertThat(members.repeatsAName(0)).isTrue();
        assertThat(members.object(1, 0).get("key-42").text()).isEqualTo("again");
    }

    @Test
    void an_object_of_distinct_names_only_is_closed_when_no_name_repeats() {
        OpenMembers members = new OpenMembers();
        members.field("a", text("1"));
        members.field("a", text("2"));

        assertThat(members.objectOfDistinctNames(1, 0)).isNull();
        assertThat(members.mark()).isEqualTo(2);

        OpenMembers distinct = new OpenMembers();
        distinct.field("a", text("1"));
        distinct.field("b", text("2"));

        assertThat(distinct.objectOfDistinctNames(1, 0).fields().keySet()).containsExactly("a", "b");
        assertThat(distinct.mark()).isZero();
    }
}
