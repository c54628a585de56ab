package dev.kubeadvisor.engine;

import dev.kubeadvisor.model.ObjectRef;
import dev.kubeadvisor.model.SourceLine;

/**
 * A signal: something about {@code subject} is not well, whether or not a rule can say why. Signal rules create
 * it with {@code insertLogical}; the report uses it to tell "healthy" from "unhealthy, cause undetermined".
 */
public record Unhealthy(ObjectRef subject, String container, String what, SourceLine line) {
}
