package dev.kubeadvisor.testing.kubectl;

import java.util.List;
import java.util.Optional;

/**
 * The resource part of an API path below {@code /api/v1} or {@code /apis/<group>/<version>}:
 * {@code [namespaces/<namespace>/]<resource>[/<name>[/<subresource>]]}. Null fields are absent.
 */
record ResourcePath(ResourceType type, String namespace, String name, String subresource) {

    static Optional<ResourcePath> parse(String group, String version, List<String> segments) {
        if (segments.size() >= 3 && segments.get(0).equals("namespaces")) {
            Optional<ResourceType> namespacedType = ResourceCatalog.find(group, version, segments.get(2))
                    .filter(ResourceType::namespaced);
            if (namespacedType.isPresent()) {
                return of(namespacedType.get(), segments.get(1), segments.subList(3, segments.size()));
            }
        }
        return ResourceCatalog.find(group, version, segments.get(0))
                .flatMap(type -> of(type, null, segments.subList(1, segments.size())));
    }

    private static Optional<ResourcePath> of(ResourceType type, String namespace, List<String> nameAndSubresource) {
        boolean namedWithoutNamespace = type.namespaced() && namespace == null && !nameAndSubresource.isEmpty();
        if (nameAndSubresource.size() > 2 || namedWithoutNamespace) {
            return Optional.empty();
        }
        return Optional.of(new ResourcePath(type, namespace,
                nameAndSubresource.isEmpty() ? null : nameAndSubresource.get(0),
                nameAndSubresource.size() == 2 ? nameAndSubresource.get(1) : null));
    }
}
