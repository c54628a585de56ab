package dev.kubeadvisor.model;

import java.util.List;

/**
 * A Secret or ConfigMap: its keys, in name order, and never their values. {@code type} is the Secret type
 * ({@code Opaque}, {@code kubernetes.io/tls}...), null for a ConfigMap.
 */
public record ConfigObjectInfo(ObjectRef ref, String type, List<String> keys, SourceLine nameLine,
                               SourceLine dataLine) {

    public boolean hasKey(String key) {
        return keys.contains(key);
    }
}
