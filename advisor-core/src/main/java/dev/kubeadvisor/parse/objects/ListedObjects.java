package dev.kubeadvisor.parse.objects;

import dev.kubeadvisor.model.ObjectRef;
import java.util.List;
import java.util.Objects;

/**
 * Every object of one document, for what {@code kubectl describe} looks up beside the object it describes: the pods
 * of a controller or on a node, a Deployment's ReplicaSets, a Service's endpoints. What is not in the document is not
 * known: a reader then leaves out the fact rather than guess it.
 */
final class ListedObjects {

    private final List<KubeObjects.KubeObject> objects;

    ListedObjects(List<KubeObjects.KubeObject> objects) {
        this.objects = objects;
    }

    List<LocatedNode> ofKind(String kind) {
        return objects.stream().filter(object -> kind.equals(object.kind())).map(KubeObjects.KubeObject::node).toList();
    }

    boolean has(String kind) {
        return objects.stream().anyMatch(object -> kind.equals(object.kind()));
    }

    /** The objects of {@code kind} in the owner's namespace whose controller is {@code owner}. */
    List<LocatedNode> controlledBy(String kind, ObjectRef owner) {
        return ofKind(kind).stream().filter(object -> Objects.equals(ObjectFields.namespace(object), owner.namespace()))
                .filter(object -> {
                    LocatedNode controller = ObjectFields.controller(object);
                    return owner.kind().equals(controller.get("kind").text())
                            && owner.name().equals(controller.get("name").text());
                }).toList();
    }
}
