package dev.kubeadvisor.parse.objects;

import dev.kubeadvisor.model.NodeSelector;
import dev.kubeadvisor.model.ObjectRef;
import dev.kubeadvisor.model.PodCondition;
import dev.kubeadvisor.model.PodInfo;
import dev.kubeadvisor.parse.describe.ExcerptIdentity;
import dev.kubeadvisor.parse.describe.PodFacts;
import java.util.Set;
import java.util.function.Consumer;

/**
 * A Pod object (or a pasted piece of one) as the facts {@code kubectl describe pod} gives: the pod, its containers
 * with their environment, conditions and volumes. Each fact cites the line of the field it comes from.
 */
final class PodObject {

    private static final Set<String> FINAL_PHASES = Set.of("Failed", "Succeeded");

    private PodObject() {
    }

    /** The pod's name, {@code <pod>} when a pasted fragment does not say it; the namespace defaults as kubectl's. */
    static ObjectRef refOf(LocatedNode pod) {
        String name = pod.path("metadata", "name").nonEmptyText();
        String namespace = pod.path("metadata", "namespace").nonEmptyText();
        return ObjectRef.pod(namespace == null ? "default" : namespace,
                name == null ? ObjectRef.UNKNOWN_POD : name);
    }

    static PodFacts read(LocatedNode pod, DocumentLines lines, Consumer<Object> sink) {
        EnvObjects.hideSensitiveLiterals(pod.get("spec"), lines);
        PodFacts facts = new PodFacts(refOf(pod), sink);
        LocatedNode status = pod.get("status");
        LocatedNode controller = ObjectFields.controller(pod);
        LocatedNode phase = status.get("phase");
        LocatedNode reason = status.get("reason");
        LocatedNode message = status.get("message");
        LocatedNode name = pod.path("metadata", "name");
        // Rules read a Status line as the sign of a whole document (describe prints Controlled By before it); a
        // pasted block without metadata cannot show that the pod has no controller, so it cites no status line.
        boolean whole = pod.get("metadata").isObject();
        facts.add(new PodInfo(facts.pod(), phase(pod), reason.nonEmptyText(), message.nonEmptyText(),
                pod.path("spec", "nodeName").nonEmptyText(),
                controller.isObject() ? controller.get("kind").text() + "/" + controller.get("name").text() : null,
                qosClass(pod),
                name.isPresent() ? lines.of(name) : null, whole ? lines.of(phase) : null, lines.of(reason),
                lines.of(message),
                lines.of(controller.get("name"))));
        ContainerObjects.read(pod, lines, facts);
        for (LocatedNode condition : status.get("conditions").items()) {
            String type = condition.get("type").nonEmptyText();
            if (type != null) {
                facts.add(new PodCondition(facts.pod(), type, condition.get("status").text(),
                        condition.get("reason").nonEmptyText(), lines.of(condition.get("type"))));
            }
        }
        VolumeObjects.read(pod.path("spec", "volumes"), lines, facts);
        nodeSelectors(pod.path("spec", "nodeSelector"), lines, facts);
        return facts;
    }

    /** {@code spec.nodeSelector}, one label a fact, each citing its own line. */
    private static void nodeSelectors(LocatedNode selector, DocumentLines lines, PodFacts facts) {
        selector.fields().forEach((key, value) -> {
            if (value.text() != null) {
                facts.add(new NodeSelector(facts.pod(), key, value.text(), lines.of(value)));
            }
        });
    }

    /** The status's QoS class, else the one kubectl computes from the containers' resources (a whole pod only). */
    private static String qosClass(LocatedNode pod) {
        String stated = pod.path("status", "qosClass").nonEmptyText();
        return stated != null || !pod.get("spec").isObject() ? stated : QosClass.of(pod.get("spec"));
    }

    /** kubectl prints {@code Terminating} for a pod being deleted that has not finished. */
    private static String phase(LocatedNode pod) {
        String phase = pod.path("status", "phase").nonEmptyText();
        if (pod.path("metadata", "deletionTimestamp").isPresent() && !FINAL_PHASES.contains(phase)) {
            return "Terminating";
        }
        return phase;
    }
}
