package dev.kubeadvisor.model;

/**
 * A Service. {@code selector} is null for a Service without one (its endpoints are managed by hand);
 * {@code clusterIp} is {@code None} for a headless Service.
 */
public record ServiceInfo(ObjectRef ref, String type, String selector, String clusterIp, String externalName,
                          String sessionAffinity, SourceLine nameLine, SourceLine selectorLine, SourceLine typeLine) {
}
