package dev.kubeadvisor.parse.objects;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a pod requests (or is limited to) as the scheduler and {@code kubectl describe node} count it: the sum of its
 * app containers and restartable init containers (sidecars), at least the largest other init container, plus the
 * pod's overhead.
 */
final class PodResources {

    private PodResources() {
    }

    /** {@code field} is {@code requests} or {@code limits}. */
    static Map<String, QuantitySum> of(LocatedNode pod, String field) {
        LocatedNode spec = pod.get("spec");
        Map<String, QuantitySum> total = new LinkedHashMap<>();
        for (LocatedNode container : spec.get("containers").items()) {
            add(total, container.path("resources", field));
        }
        for (LocatedNode init : spec.get("initContainers").items()) {
            if ("Always".equals(init.get("restartPolicy").text())) {
                add(total, init.path("resources", field));
            }
        }
        for (LocatedNode init : spec.get("initContainers").items()) {
            if (!"Always".equals(init.get("restartPolicy").text())) {
                init.path("resources", field).fields().forEach((resource, amount) ->
                        total.merge(resource, QuantitySum.of(amount.text()), QuantitySum::max));
            }
        }
        add(total, spec.get("overhead"));
        return total;
    }

    private static void add(Map<String, QuantitySum> total, LocatedNode resources) {
        resources.fields().forEach((resource, amount) ->
                total.merge(resource, QuantitySum.of(amount.text()), QuantitySum::plus));
    }
}
