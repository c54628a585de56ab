package dev.kubeadvisor.parse.describe;

import dev.kubeadvisor.model.JvmHeapSetting;
import dev.kubeadvisor.model.ObjectRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds the JVM heap setting of a container: in the value of a JVM option variable ({@code JAVA_TOOL_OPTIONS:
 * -Xmx1g}), whose value the parser otherwise never keeps, and in the {@code Command:} and {@code Args:} lines,
 * where kubectl prints one argument per line.
 */
final class JvmHeapLines {

    private JvmHeapLines() {
    }

    static Optional<JvmHeapSetting> fromVariable(ObjectRef pod, String container, DescribeNode variable) {
        if (!JvmHeapSetting.OPTION_VARIABLES.containsKey(variable.key())) {
            return Optional.empty();
        }
        StringBuilder value = new StringBuilder(variable.value() == null ? "" : variable.value());
        variable.children().forEach(more -> value.append(' ').append(more.text()));
        return Optional.ofNullable(JvmHeapSetting.lastIn(value.toString(), pod, container, variable.key(),
                variable.source()));
    }

    /** The last heap option of the command line: Args come after Command, later options win. */
    static Optional<JvmHeapSetting> fromCommandLine(ObjectRef pod, DescribeNode container) {
        JvmHeapSetting last = null;
        for (String field : List.of("Command", "Args")) {
            for (DescribeNode argument : arguments(container, field)) {
                JvmHeapSetting found = JvmHeapSetting.lastIn(argument.text(), pod, container.key(),
                        JvmHeapSetting.COMMAND_LINE, argument.source());
                last = found != null ? found : last;
            }
        }
        return Optional.ofNullable(last);
    }

    private static List<DescribeNode> arguments(DescribeNode container, String field) {
        List<DescribeNode> lines = new ArrayList<>();
        container.child(field).ifPresent(node -> collect(node.children(), lines));
        return lines;
    }

    private static void collect(List<DescribeNode> nodes, List<DescribeNode> into) {
        for (DescribeNode node : nodes) {
            into.add(node);
            collect(node.children(), into);
        }
    }
}
