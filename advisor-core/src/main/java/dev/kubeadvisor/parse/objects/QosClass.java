package dev.kubeadvisor.parse.objects;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The pod's QoS class as kubectl prints it when the status does not say (a pod not yet admitted, a manifest):
 * {@code BestEffort} without any cpu or memory request or limit, {@code Guaranteed} when every container limits
 * both and requests what it limits, {@code Burstable} otherwise.
 */
final class QosClass {

    private static final List<String> COMPUTE = List.of("cpu", "memory");

    private QosClass() {
    }

    static String of(LocatedNode podSpec) {
        Map<String, QuantitySum> requests = new HashMap<>();
        Map<String, QuantitySum> limits = new HashMap<>();
        boolean guaranteed = true;
        for (String list : List.of("initContainers", "containers")) {
            for (LocatedNode container : podSpec.get(list).items()) {
                add(container.path("resources", "requests"), requests);
                int limited = add(container.path("resources", "limits"), limits);
                guaranteed &= limited == COMPUTE.size();
            }
        }
        if (requests.isEmpty() && limits.isEmpty()) {
            return "BestEffort";
        }
        boolean requestsMatchLimits = requests.entrySet().stream().allMatch(request ->
                limits.containsKey(request.getKey())
                        && limits.get(request.getKey()).value().compareTo(request.getValue().value()) == 0);
        return guaranteed && requestsMatchLimits ? "Guaranteed" : "Burstable";
    }

    /** Adds the non-zero cpu and memory amounts; returns how many there were. */
    private static int add(LocatedNode resources, Map<String, QuantitySum> into) {
        int found = 0;
        for (String resource : COMPUTE) {
            QuantitySum amount = QuantitySum.of(resources.get(resource).text());
            if (amount.value().signum() != 0) {
                into.merge(resource, amount, QuantitySum::plus);
                found++;
            }
        }
        return found;
    }
}
