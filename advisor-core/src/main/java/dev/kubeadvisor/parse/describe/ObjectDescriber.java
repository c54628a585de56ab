package dev.kubeadvisor.parse.describe;

import dev.kubeadvisor.model.ObjectRef;
import java.util.function.Consumer;

/** Reads the {@code kubectl describe} tree of one kind of object into facts and names the object described. */
@FunctionalInterface
interface ObjectDescriber {

    ObjectRef describe(DescribeTree tree, Consumer<Object> facts);
}
