package dev.kubeadvisor.parse.objects;

import dev.kubeadvisor.input.Redactor;
import dev.kubeadvisor.model.EnvFrom;
import dev.kubeadvisor.model.EnvSource;
import dev.kubeadvisor.model.EnvVar;
import dev.kubeadvisor.model.SourceLine;
import dev.kubeadvisor.parse.describe.PodFacts;
import java.util.List;

/**
 * A container's {@code env} and {@code envFrom}, read as {@code kubectl describe} shows them. A literal value is
 * never kept, only whether one is set; each variable cites the line of its name, and a sensitive variable's value
 * is hidden on its line before anything cites it.
 */
final class EnvObjects {

    private static final List<String> CONTAINER_LISTS = List.of("initContainers", "containers", "ephemeralContainers");

    private EnvObjects() {
    }

    /** Hides the literal values of sensitive variables on their lines before any fact cites one of them. */
    static void hideSensitiveLiterals(LocatedNode podSpec, DocumentLines lines) {
        for (String list : CONTAINER_LISTS) {
            for (LocatedNode container : podSpec.get(list).items()) {
                for (LocatedNode variable : container.get("env").items()) {
                    if (Redactor.isSensitiveName(variable.get("name").text())) {
                        lines.hide(variable.get("value"));
                    }
                }
            }
        }
    }

    static void read(LocatedNode container, String containerName, DocumentLines lines, PodFacts facts) {
        for (LocatedNode reference : container.get("envFrom").items()) {
            EnvFrom envFrom = envFrom(reference, containerName, lines, facts);
            if (envFrom != null) {
                facts.add(envFrom);
            }
        }
        for (LocatedNode variable : container.get("env").items()) {
            EnvVar read = variable(variable, containerName, lines, facts);
            if (read != null) {
                facts.add(read);
            }
        }
    }

    private static EnvFrom envFrom(LocatedNode reference, String container, DocumentLines lines, PodFacts facts) {
        LocatedNode configMap = reference.get("configMapRef");
        LocatedNode secret = reference.get("secretRef");
        LocatedNode ref = configMap.isObject() ? configMap : secret;
        if (!ref.isObject()) {
            return null;
        }
        return new EnvFrom(facts.pod(), container, configMap.isObject() ? EnvSource.CONFIG_MAP : EnvSource.SECRET,
                ref.get("name").text(), reference.get("prefix").nonEmptyText(), optional(ref),
                lines.of(ref.get("name").isPresent() ? ref.get("name") : ref));
    }

    private static EnvVar variable(LocatedNode variable, String container, DocumentLines lines, PodFacts facts) {
        LocatedNode nameNode = variable.get("name");
        String name = nameNode.text();
        if (name == null) {
            return null;
        }
        SourceLine line = lines.of(nameNode);
        LocatedNode from = variable.get("valueFrom");
        if (!from.isObject()) {
            LocatedNode value = variable.get("value");
            return new EnvVar(facts.pod(), container, name, EnvSource.LITERAL, value.nonEmptyText() != null, null,
                    null, null, line);
        }
        if (from.get("fieldRef").isObject()) {
            return new EnvVar(facts.pod(), container, name, EnvSource.FIELD, false, null, null, null, line);
        }
        if (from.get("resourceFieldRef").isObject()) {
            return new EnvVar(facts.pod(), container, name, EnvSource.RESOURCE, false, null, null, null, line);
        }
        LocatedNode secret = from.get("secretKeyRef");
        LocatedNode configMap = from.get("configMapKeyRef");
        LocatedNode ref = secret.isObject() ? secret : configMap;
        if (!ref.isObject()) {
            return null;
        }
        return new EnvVar(facts.pod(), container, name, secret.isObject() ? EnvSource.SECRET : EnvSource.CONFIG_MAP,
                false, ref.get("name").text(), ref.get("key").text(), optional(ref), line);
    }

    /** kubectl prints {@code Optional: false} when the field is not set. */
    private static Boolean optional(LocatedNode reference) {
        return Boolean.TRUE.equals(reference.get("optional").bool());
    }
}
