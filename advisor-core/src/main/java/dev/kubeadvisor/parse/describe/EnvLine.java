package dev.kubeadvisor.parse.describe;

import dev.kubeadvisor.input.Redactor;
import dev.kubeadvisor.model.EnvSource;
import dev.kubeadvisor.model.EnvVar;
import dev.kubeadvisor.model.ObjectRef;
import dev.kubeadvisor.model.SourceLine;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one {@code Environment:} line: a literal, {@code <set to the key 'k' in secret 's'>  Optional: false},
 * {@code <set to the key 'k' of config map 'c'>}, a field ref {@code 10.0.0.1 (v1:status.podIP)} or a resource
 * ref {@code 268435456 (limits.memory)}.
 */
final class EnvLine {

    private static final Pattern REFERENCE = Pattern.compile(
            "^<set to the key '(.*?)' (in secret|of config map) '(.*?)'>(?:\\s+Optional:\\s+(true|false))?");
    private static final String REFERENCE_START = "<set to the key '";
    private static final Pattern FIELD = Pattern.compile("\\((v\\d[^:]*:[^)]+)\\)$");
    private static final Pattern RESOURCE = Pattern.compile("\\(((?:limits|requests)\\.[^)]+)\\)$");

    private EnvLine() {
    }

    static EnvVar parse(ObjectRef pod, String container, DescribeNode node) {
        String name = node.key();
        String value = node.value();
        if (value != null) {
            Matcher reference = reference(value);
            if (reference != null) {
                EnvSource source = reference.group(2).equals("in secret") ? EnvSource.SECRET : EnvSource.CONFIG_MAP;
                Boolean optional = reference.group(4) == null ? null : Boolean.valueOf(reference.group(4));
                return new EnvVar(pod, container, name, source, false, reference.group(3), reference.group(1),
                        optional, node.source());
            }
            // both name a field in parentheses: most values are literals, which need no regex
            boolean parenthesised = value.indexOf('(') >= 0;
            if (parenthesised && FIELD.matcher(value).find()) {
                return new EnvVar(pod, container, name, EnvSource.FIELD, false, null, null, null, node.source());
            }
            if (parenthesised && RESOURCE.matcher(value).find()) {
                return new EnvVar(pod, container, name, EnvSource.RESOURCE, false, null, null, null, node.source());
            }
        }
        boolean set = value != null || !node.children().isEmpty();
        SourceLine line = set && Redactor.isSensitiveName(name) ? masked(node.source(), name) : node.source();
        return new EnvVar(pod, container, name, EnvSource.LITERAL, set, null, null, null, line);
    }

    /** The {@code <set to the key ...>} reference of a value, or {@code null} when it is none. */
    private static Matcher reference(String value) {
        if (!value.startsWith(REFERENCE_START)) {
            return null;
        }
        Matcher reference = REFERENCE.matcher(value);
        return reference.find() ? reference : null;
    }

    /** The line with its literal value hidden, whatever the generic redaction already did. */
    private static SourceLine masked(SourceLine line, String name) {
        String text = line.text();
        int valueStart = text.indexOf(name + ":") + name.length() + 1;
        while (valueStart < text.length() && text.charAt(valueStart) == ' ') {
            valueStart++;
        }
        return new SourceLine(line.document(), line.line(), text.substring(0, valueStart) + Redactor.MASK);
    }
}
