package dev.kubeadvisor.report;

import dev.kubeadvisor.engine.Confidence;
import dev.kubeadvisor.engine.Severity;
import dev.kubeadvisor.model.ObjectRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The static text of the two results that are not faults: {@code healthy} and {@code undetermined-unhealthy}. */
final class ResultTexts {

    static final String HEALTHY = "healthy";
    static final String UNDETERMINED = "undetermined-unhealthy";

    static final String HEALTHY_TITLE = "Nothing wrong found in what the input shows";
    static final String HEALTHY_EXPLANATION = "Every check the advisor could run on this input passed. Events expire "
            + "after an hour by default, so an old problem may no longer be visible here.";
    static final String UNDETERMINED_TITLE = "Something is unhealthy, but the input does not prove why";
    static final String STATE_UNSEEN_TITLE = "The input does not show the pod's state, and its log proves no cause";
    static final String STATE_UNSEEN_EXPLANATION = "Only the container's log was given, and none of the rules found a "
            + "known failure in it. Whether the pod is crashing, restarting or healthy shows in its status, restart "
            + "count, exit codes and events: the first command below prints them all.";
    static final String UNDETERMINED_EXPLANATION = "The input shows that something is wrong, but none of the rules "
            + "could prove a cause from it. The commands below gather the evidence that usually decides it: the "
            + "previous run's log, the recent events and the full status.";
    static final List<String> DOCS = List.of(
            "https://kubernetes.io/docs/tasks/debug/debug-application/debug-pods/");
    static final String OBJECT_UNDETERMINED_EXPLANATION = "The input shows that something is wrong with this object "
            + "(a condition that is not as it should be), but none of the rules could prove a cause from it. The "
            + "commands below gather what usually decides it: its recent events and its full status, where the "
            + "conditions' messages are printed in full.";
    static final List<String> OBJECT_DOCS = List.of("https://kubernetes.io/docs/tasks/debug/debug-cluster/");

    private ResultTexts() {
    }

    /**
     * "Undetermined" for a subject other than a pod (a node): its state is what was described, and what decides the
     * cause is in its events and its full status, not in a container log.
     */
    static Diagnosis undeterminedObject(ObjectRef subject, String summary, List<Evidence> evidence) {
        String kind = subject.kind().toLowerCase(Locale.ROOT);
        String namespaceFlag = subject.namespace() == null ? "" : " -n " + subject.namespace();
        String eventsScope = subject.namespace() == null ? "-A" : "-n " + subject.namespace();
        List<RemediationStep> steps = List.of(
                new RemediationStep("List the recent events of the " + kind + ", newest last",
                        "kubectl get events " + eventsScope + " --field-selector involvedObject.kind=" + subject.kind()
                                + ",involvedObject.name=" + subject.name() + " --sort-by=.lastTimestamp"),
                new RemediationStep("See its full status, with every condition's message",
                        "kubectl get " + kind + " " + subject.name() + namespaceFlag + " -o yaml"));
        return new Diagnosis(UNDETERMINED, Severity.WARNING.label(), "result", UNDETERMINED_TITLE, subject.key(), null,
                summary, OBJECT_UNDETERMINED_EXPLANATION, Confidence.LOW.label(), evidence, steps, null, OBJECT_DOCS);
    }

    /** The commands that gather what decides a cause; first a describe when the input lacks the pod's state. */
    static List<RemediationStep> gatherEvidence(String pod, String namespace, String container, boolean stateSeen) {
        List<RemediationStep> steps = new ArrayList<>();
        if (!stateSeen) {
            steps.add(new RemediationStep("See the pod's state, restarts, exit codes and events",
                    "kubectl describe pod " + pod + " -n " + namespace));
        }
        steps.addAll(gatherEvidence(pod, namespace, container));
        return steps;
    }

    private static List<RemediationStep> gatherEvidence(String pod, String namespace, String container) {
        String containerFlag = container == null ? "" : " -c " + container;
        return List.of(
                new RemediationStep("Read the log of the previous (crashed) run",
                        "kubectl logs " + pod + containerFlag + " --previous -n " + namespace),
                new RemediationStep("Read the current log",
                        "kubectl logs " + pod + containerFlag + " -n " + namespace + " --tail=200"),
                new RemediationStep("List the recent events for the pod, newest last",
                        "kubectl get events -n " + namespace + " --field-selector involvedObject.name=" + pod
                                + " --sort-by=.lastTimestamp"),
                new RemediationStep("See the full status, including waiting messages that describe does not print",
                        "kubectl get pod " + pod + " -n " + namespace + " -o yaml"));
    }
}
