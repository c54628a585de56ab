package dev.kubeadvisor.engine;

import dev.kubeadvisor.model.ObjectRef;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a joint evaluation concluded, filed by the objects it concerns, so that each snapshot evaluated in it takes
 * its own share: the findings about its subjects or explaining one of them (the node that lost its pod), and its
 * subjects' signals.
 */
public final class ConclusionsBySubject {

    private final Map<Finding, Integer> evaluationOrder;
    private final Map<ObjectRef, List<Finding>> findings;
    private final Map<ObjectRef, List<Unhealthy>> signals;

    public ConclusionsBySubject(Engine.Conclusions conclusions) {
        evaluationOrder = new IdentityHashMap<>(conclusions.findings().size());
        findings = new HashMap<>(conclusions.findings().size());
        signals = new HashMap<>(conclusions.signals().size());
        for (Finding finding : conclusions.findings()) {
            evaluationOrder.put(finding, evaluationOrder.size());
            file(findings, finding.subject(), finding);
            for (ObjectRef explained : finding.alsoExplains()) {
                // filed once per object, so that each object's list holds every finding once, in evaluation order
                if (!explained.equals(finding.subject())) {
                    file(findings, explained, finding);
                }
            }
        }
        conclusions.signals().forEach(signal -> file(signals, signal.subject(), signal));
    }

    /** What concerns these subjects: each finding once, in the order the evaluation gave them. */
    public Engine.Conclusions about(Collection<ObjectRef> subjects) {
        if (subjects.size() == 1) {
            // the common case (a scan gives each pod a snapshot of its own): the filed lists are the answer
            ObjectRef subject = subjects.iterator().next();
            return new Engine.Conclusions(Collections.unmodifiableList(findings.getOrDefault(subject, List.of())),
                    Collections.unmodifiableList(signals.getOrDefault(subject, List.of())));
        }
        Map<Finding, Integer> concerned = new IdentityHashMap<>();
        List<Unhealthy> concernedSignals = new ArrayList<>();
        for (ObjectRef subject : subjects) {
            findings.getOrDefault(subject, List.of()).forEach(f -> concerned.put(f, evaluationOrder.get(f)));
            concernedSignals.addAll(signals.getOrDefault(subject, List.of()));
        }
        List<Finding> ordered = new ArrayList<>(concerned.keySet());
        ordered.sort(Comparator.comparing(concerned::get));
        return new Engine.Conclusions(ordered, concernedSignals);
    }

    private static <T> void file(Map<ObjectRef, List<T>> filed, ObjectRef object, T conclusion) {
        filed.computeIfAbsent(object, o -> new ArrayList<>()).add(conclusion);
    }
}
