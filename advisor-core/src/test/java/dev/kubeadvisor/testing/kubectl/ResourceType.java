package dev.kubeadvisor.testing.kubectl;

import java.util.List;

/** One REST resource the fixture server knows, described the way an APIResourceList describes it. */
record ResourceType(String group, String version, String plural, String singular, String kind, boolean namespaced,
                    List<String> shortNames) {

    String groupVersion() {
        return group.isEmpty() ? version : group + "/" + version;
    }

    String listKind() {
        return kind + "List";
    }
}
