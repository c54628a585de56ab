package dev.kubeadvisor.live;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.api.model.EventBuilder;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventsByObjectTest {

    private static Event event(String name, String kind, String namespace, String involved) {
        return new EventBuilder().withNewMetadata().withName(name).withNamespace("shop").endMetadata()
                .withNewInvolvedObject().withKind(kind).withNamespace(namespace).withName(involved).endInvolvedObject()
                .withReason("Reason").build();
    }

    @Test
    void gives_the_events_about_one_object_in_the_order_listed() {
        Event first = event("a", "Pod", "shop", "web-1");
        Event other = event("b", "Pod", "shop", "web-2");
        Event second = event("c", "Pod", "shop", "web-1");
        EventsByObject events = new EventsByObject(List.of(first, other, second));

        assertThat(events.about("Pod", "shop", "web-1")).containsExactly(first, second);
        assertThat(events.about("Pod", "shop", "web-3")).isEmpty();
    }

    @Test
    void tells_apart_kinds_and_namespaces_of_objects_with_the_same_name() {
        Event pod = event("a", "Pod", "shop", "web");
        Event replicaSet = event("b", "ReplicaSet", "shop", "web");
        Event elsewhere = event("c", "Pod", "other", "web");
        EventsByObject events = new EventsByObject(List.of(pod, replicaSet, elsewhere));

        assertThat(events.about("Pod", "shop", "web")).containsExactly(pod);
        assertThat(events.about("ReplicaSet", "shop", "web")).containsExactly(replicaSet);
    }

    @Test
    void gives_an_object_outside_namespaces_its_events_whatever_namespace_they_name() {
        Event inDefault = event("a", "Node", "default", "node-a");
        Event withoutNamespace = event("b", "Node", null, "node-a");
        EventsByObject events = new EventsByObject(List.of(inDefault, withoutNamespace));

        assertThat(events.about("Node", null, "node-a")).containsExactly(inDefault, withoutNamespace);
    }

    @Test
    void skips_events_that_name_no_object() {
        Event noObject = new EventBuilder().withNewMetadata().withName("a").endMetadata().withReason("Reason").build();
        Event noName = new EventBuilder().withNewMetadata().withName("b").endMetadata()
                .withNewInvolvedObject().withKind("Pod").endInvolvedObject().build();

        assertThat(new EventsByObject(List.of(noObject, noName)).about("Pod", "shop", "web")).isEmpty();
    }
}
