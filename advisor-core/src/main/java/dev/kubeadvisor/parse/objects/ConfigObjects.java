package dev.kubeadvisor.parse.objects;

import dev.kubeadvisor.model.ConfigObjectInfo;
import dev.kubeadvisor.model.ObjectRef;
import java.util.List;
import java.util.TreeSet;

/**
 * A Secret or ConfigMap: its keys in name order, never a value. A value that shares a line with what is cited (a
 * compact object) is hidden on that line first.
 */
final class ConfigObjects {

    private ConfigObjects() {
    }

    static ObjectRef secret(LocatedNode object, ObjectContext context) {
        return read(object, "Secret", object.get("type").nonEmptyText(), context);
    }

    static ObjectRef configMap(LocatedNode object, ObjectContext context) {
        return read(object, "ConfigMap", null, context);
    }

    private static ObjectRef read(LocatedNode object, String kind, String type, ObjectContext context) {
        ObjectRef ref = ObjectFields.ref(object, kind);
        TreeSet<String> keys = new TreeSet<>();
        List<LocatedNode> sections = List.of(object.get("data"), object.get("binaryData"), object.get("stringData"));
        for (LocatedNode section : sections) {
            keys.addAll(section.fields().keySet());
            section.fields().values().forEach(context.lines()::hide);
        }
        LocatedNode data = sections.stream().filter(LocatedNode::isObject).findFirst().orElse(LocatedNode.MISSING);
        context.fact(new ConfigObjectInfo(ref, type, List.copyOf(keys),
                context.lines().of(object.path("metadata", "name")), context.lines().of(data)));
        return ref;
    }
}
