package dev.kubeadvisor.parse.objects;

import dev.kubeadvisor.model.JvmHeapSetting;
import dev.kubeadvisor.model.ObjectRef;
import dev.kubeadvisor.model.ResourceRequest;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * What a container spec says beside its status, as the describe side reads it: the requests other than cpu and
 * memory, and the JVM heap set in an option variable or on the command line ({@link JvmHeapSetting#lastIn}).
 */
final class ContainerExtras {

    private ContainerExtras() {
    }

    /** The requests {@code Resources} does not hold: extended resources, ephemeral-storage, hugepages. */
    static void otherRequests(LocatedNode container, ObjectRef owner, String name, DocumentLines lines,
                              Consumer<Object> sink) {
        for (Map.Entry<String, LocatedNode> request : container.path("resources", "requests").fields().entrySet()) {
            String amount = request.getValue().nonEmptyText();
            if (amount != null && !request.getKey().equals("cpu") && !request.getKey().equals("memory")) {
                sink.accept(new ResourceRequest(owner, name, request.getKey(), amount, lines.of(request.getValue())));
            }
        }
    }

    /** The heap set in a JVM option variable's literal value, then the last one of the command and its args. */
    static void jvmHeap(LocatedNode container, ObjectRef owner, String name, DocumentLines lines,
                        Consumer<Object> sink) {
        for (LocatedNode variable : container.get("env").items()) {
            String variableName = variable.get("name").text();
            if (variableName != null && JvmHeapSetting.OPTION_VARIABLES.containsKey(variableName)) {
                JvmHeapSetting found = JvmHeapSetting.lastIn(variable.get("value").text(), owner, name, variableName,
                        lines.of(variable.get("name")));
                if (found != null) {
                    sink.accept(found);
                }
            }
        }
        JvmHeapSetting last = null;
        for (String field : List.of("command", "args")) {
            for (LocatedNode argument : container.get(field).items()) {
                JvmHeapSetting found = JvmHeapSetting.lastIn(argument.text(), owner, name,
                        JvmHeapSetting.COMMAND_LINE, lines.of(argument));
                last = found != null ? found : last;
            }
        }
        if (last != null) {
            sink.accept(last);
        }
    }
}
