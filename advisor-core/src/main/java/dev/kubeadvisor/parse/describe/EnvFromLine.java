package dev.kubeadvisor.parse.describe;

import dev.kubeadvisor.model.EnvFrom;
import dev.kubeadvisor.model.EnvSource;
import dev.kubeadvisor.model.ObjectRef;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one line under {@code Environment Variables from:}: {@code web-env  ConfigMap  Optional: false} or
 * {@code web-secrets  Secret with prefix 'S_'  Optional: true}.
 */
final class EnvFromLine {

    private static final Pattern LINE = Pattern.compile(
            "^(\\S+)\\s+(ConfigMap|Secret)(?: with prefix '(.*)')?(?:\\s+Optional:\\s+(true|false))?$");

    private EnvFromLine() {
    }

    /** The reference, or {@code null} when the line is not one. */
    static EnvFrom parse(ObjectRef pod, String container, DescribeNode node) {
        Matcher m = LINE.matcher(node.text());
        if (!m.matches()) {
            return null;
        }
        EnvSource source = m.group(2).equals("Secret") ? EnvSource.SECRET : EnvSource.CONFIG_MAP;
        Boolean optional = m.group(4) == null ? null : Boolean.valueOf(m.group(4));
        return new EnvFrom(pod, container, source, m.group(1), m.group(3), optional, node.source());
    }
}
