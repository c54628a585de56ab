package dev.kubeadvisor.report;

import dev.kubeadvisor.DiagnoseOptions;
import dev.kubeadvisor.engine.Confidence;
import dev.kubeadvisor.engine.Engine;
import dev.kubeadvisor.engine.Finding;
import dev.kubeadvisor.engine.PlaceholderText;
import dev.kubeadvisor.engine.RemediationTemplate;
import dev.kubeadvisor.engine.RuleInfo;
import dev.kubeadvisor.engine.Severity;
import dev.kubeadvisor.engine.Unhealthy;
import dev.kubeadvisor.input.Note;
import dev.kubeadvisor.model.ContainerStatus;
import dev.kubeadvisor.model.ObjectRef;
import dev.kubeadvisor.model.PodInfo;
import dev.kubeadvisor.model.SourceLine;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Turns what the rules concluded into the report: merges repeated findings, marks symptoms of their causes
 * ({@code @supersedes}), says "undetermined" where only symptoms are known and "healthy" where nothing is wrong,
 * then ranks causes first, by severity and confidence. The call's options exclude rules or change severities first.
 */
public final class ReportBuilder {

    private static final Comparator<Diagnosis> RANKING = Comparator
            .comparing((Diagnosis d) -> d.isCause() ? 0 : 1)
            .thenComparing(d -> Severity.parse(d.severity()))
            .thenComparing(d -> Confidence.parse(d.confidence()));

    private static final Comparator<List<SourceLine>> EVIDENCE_IN_INPUT_ORDER = (a, b) -> {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int order = SourceLine.INPUT_ORDER.compare(a.get(i), b.get(i));
            if (order != 0) {
                return order;
            }
        }
        return Integer.compare(a.size(), b.size());
    };
    private static final Comparator<Unhealthy> SIGNALS_IN_INPUT_ORDER = Comparator
            .comparing(Unhealthy::line, Comparator.nullsLast(SourceLine.INPUT_ORDER))
            .thenComparing(Unhealthy::what);

    /** Orders findings totally, so that the first of repeats, whose summary is kept, does not depend on firing order. */
    private static final Comparator<Finding> FINDINGS_IN_MERGE_ORDER = Comparator.comparing(Finding::rule)
            .thenComparing(f -> f.evidence().isEmpty() ? 0 : f.evidence().get(0).line())
            .thenComparing(Finding::evidence, EVIDENCE_IN_INPUT_ORDER).thenComparing(Finding::summary);

    private final Map<String, RuleInfo> rules;
    private final Map<String, RuleTexts> texts = new HashMap<>();
    /** The rules some rule {@code @supersedes}: a report without any of them has no symptom to mark. */
    private final Set<String> superseded = new HashSet<>();

    public ReportBuilder(Map<String, RuleInfo> rules) {
        this.rules = rules;
        rules.forEach((id, rule) -> {
            texts.put(id, RuleTexts.of(rule));
            superseded.addAll(rule.supersedes());
        });
    }

    public Report build(List<ObjectRef> subjects, List<Object> facts, Engine.Conclusions conclusions,
                        List<InputSummary> inputs, List<Note> notes, DiagnoseOptions options) {
        Suppressions suppressions = new Suppressions(conclusions.findings(), options, rules);
        List<Diagnosis> diagnoses = new ArrayList<>();
        Set<Diagnosis> explainNoSymptom = Collections.newSetFromMap(new IdentityHashMap<>());
        Map<Diagnosis, Set<String>> alsoExplains = new IdentityHashMap<>();
        for (Finding finding : merged(suppressions.kept())) {
            Diagnosis diagnosis = toDiagnosis(finding);
            diagnoses.add(diagnosis);
            if (!finding.explainsSymptoms()) {
                explainNoSymptom.add(diagnosis);
            }
            alsoExplains.put(diagnosis, finding.alsoExplains().isEmpty() ? Set.of()
                    : finding.alsoExplains().stream().map(ObjectRef::key).collect(Collectors.toSet()));
        }
        diagnoses = markSymptoms(diagnoses, explainNoSymptom, alsoExplains);
        List<String> subjectKeys = keys(subjects);
        diagnoses = addResults(subjects, facts, diagnoses, conclusions.signals());
        diagnoses = ListingOnlyEvidence.of(facts).qualify(diagnoses);
        Map<String, Integer> subjectOrder = new HashMap<>();
        subjectKeys.forEach(key -> subjectOrder.putIfAbsent(key, subjectOrder.size()));
        diagnoses.sort(RANKING.thenComparing(d -> subjectOrder.getOrDefault(d.subject(), -1))
                .thenComparing(d -> d.evidence().isEmpty() ? 0 : d.evidence().get(0).line()));
        return new Report(subjectKeys, verdict(diagnoses).label(), List.copyOf(diagnoses), suppressions.suppressed(),
                inputs, notes);
    }

    /** One finding per rule, subject and container; the evidence of repeats is added to the first. */
    private static List<Finding> merged(List<Finding> findings) {
        Map<List<Object>, Finding> byKey = new LinkedHashMap<>();
        List<Finding> ordered = new ArrayList<>(findings);
        ordered.sort(FINDINGS_IN_MERGE_ORDER);
        for (Finding finding : ordered) {
            List<Object> key = Arrays.asList(finding.rule(), finding.subject(), finding.container());
            byKey.merge(key, finding, (first, repeat) -> {
                Set<SourceLine> evidence = new LinkedHashSet<>(first.evidence());
                evidence.addAll(repeat.evidence());
                List<SourceLine> sorted = new ArrayList<>(evidence);
                sorted.sort(SourceLine.INPUT_ORDER);
                Set<ObjectRef> alsoExplains = new LinkedHashSet<>(first.alsoExplains());
                alsoExplains.addAll(repeat.alsoExplains());
                return new Finding(first.rule(), first.subject(), first.container(), first.summary(),
                        first.severity(), first.confidence(), sorted, first.values(),
                        first.explainsSymptoms() || repeat.explainsSymptoms(), alsoExplains);
            });
        }
        return new ArrayList<>(byKey.values());
    }

    private Diagnosis toDiagnosis(Finding finding) {
        RuleInfo rule = Objects.requireNonNull(rules.get(finding.rule()), () -> "no metadata for " + finding.rule());
        RuleTexts ruleTexts = texts.get(rule.id());
        Severity severity = finding.severity() != null ? finding.severity() : rule.severity();
        Confidence confidence = finding.confidence() != null ? finding.confidence() : rule.confidence();
        Evidence[] evidence = new Evidence[finding.evidence().size()];
        for (int i = 0; i < evidence.length; i++) {
            evidence[i] = Evidence.of(finding.evidence().get(i));
        }
        return new Diagnosis(rule.id(), severity.label(), rule.category(), rule.title(),
                finding.subject().key(), finding.container(), finding.summary(),
                ruleTexts.explanation().fill(finding.values()), confidence.label(), List.of(evidence),
                ruleTexts.remediation(finding.values()), null, rule.docs());
    }

    /** A rule's texts with placeholders, each split once for all the diagnoses that fill it. */
    private record RuleTexts(PlaceholderText explanation, PlaceholderText[] steps, PlaceholderText[] commands) {

        static RuleTexts of(RuleInfo rule) {
            List<RemediationTemplate> templates = rule.remediation();
            PlaceholderText[] steps = new PlaceholderText[templates.size()];
            PlaceholderText[] commands = new PlaceholderText[templates.size()];
            for (int i = 0; i < steps.length; i++) {
                steps[i] = PlaceholderText.of(templates.get(i).step());
                commands[i] = templates.get(i).command() == null ? null : PlaceholderText.of(templates.get(i).command());
            }
            return new RuleTexts(PlaceholderText.of(rule.explanation()), steps, commands);
        }

        List<RemediationStep> remediation(Map<String, String> values) {
            RemediationStep[] filled = new RemediationStep[steps.length];
            for (int i = 0; i < steps.length; i++) {
                filled[i] = new RemediationStep(steps[i].fill(values), commands[i] == null ? null
                        : commands[i].fill(values));
            }
            return List.of(filled);
        }
    }

    private static List<String> keys(List<ObjectRef> objects) {
        if (objects.isEmpty()) {
            return List.of();
        }
        String[] keys = new String[objects.size()];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = objects.get(i).key();
        }
        return List.of(keys);
    }

    /**
     * A diagnosis whose rule a cause {@code @supersedes}, on the same subject and container or on a subject the
     * cause {@code alsoExplains} (a pod its node evicted), is its symptom; except for causes in
     * {@code explainNoSymptom} (e.g. a log line of the current run cannot explain an earlier crash).
     */
    private List<Diagnosis> markSymptoms(List<Diagnosis> diagnoses, Set<Diagnosis> explainNoSymptom,
                                         Map<Diagnosis, Set<String>> alsoExplains) {
        if (noneSuperseded(diagnoses)) {
            return diagnoses;
        }
        List<Diagnosis> causesFirst = new ArrayList<>(diagnoses);
        causesFirst.removeAll(explainNoSymptom);
        causesFirst.sort(Comparator.comparing(d -> Severity.parse(d.severity())));
        // a cause can only explain a diagnosis of its own subject or of a subject it also explains
        Map<String, List<Diagnosis>> causesBySubject = new HashMap<>();
        for (Diagnosis cause : causesFirst) {
            Set<String> explained = new LinkedHashSet<>();
            explained.add(cause.subject());
            explained.addAll(alsoExplains.get(cause));
            explained.forEach(subject -> causesBySubject.computeIfAbsent(subject, s -> new ArrayList<>()).add(cause));
        }
        List<Diagnosis> result = new ArrayList<>();
        for (Diagnosis diagnosis : diagnoses) {
            Diagnosis marked = diagnosis;
            for (Diagnosis cause : causesBySubject.getOrDefault(diagnosis.subject(), List.of())) {
                if (cause != diagnosis && supersedes(cause, diagnosis, alsoExplains.get(cause))) {
                    marked = diagnosis.asSymptomOf(cause.rule());
                    break;
                }
            }
            result.add(marked);
        }
        return toRootCauses(result);
    }

    private boolean noneSuperseded(List<Diagnosis> diagnoses) {
        for (Diagnosis diagnosis : diagnoses) {
            if (superseded.contains(diagnosis.rule())) {
                return false;
            }
        }
        return true;
    }

    /** A symptom names the root of its chain: crash-loop, symptom of exit-app-error, symptom of init-failed. */
    private static List<Diagnosis> toRootCauses(List<Diagnosis> diagnoses) {
        Map<String, List<Diagnosis>> bySubject = bySubject(diagnoses);
        List<Diagnosis> result = new ArrayList<>();
        for (Diagnosis diagnosis : diagnoses) {
            List<Diagnosis> sameSubject = bySubject.get(diagnosis.subject());
            String cause = diagnosis.symptomOf();
            Set<String> seen = new LinkedHashSet<>();
            String further = cause == null ? null : causeOf(sameSubject, cause, diagnosis);
            while (further != null && seen.add(cause)) {
                cause = further;
                further = causeOf(sameSubject, cause, diagnosis);
            }
            result.add(Objects.equals(cause, diagnosis.symptomOf()) ? diagnosis : diagnosis.asSymptomOf(cause));
        }
        return result;
    }

    /** The diagnoses of each subject, in their order. */
    private static Map<String, List<Diagnosis>> bySubject(List<Diagnosis> diagnoses) {
        Map<String, List<Diagnosis>> bySubject = new HashMap<>();
        diagnoses.forEach(d -> bySubject.computeIfAbsent(d.subject(), s -> new ArrayList<>()).add(d));
        return bySubject;
    }

    /** What the diagnosis of {@code rule} about the same subject and container is itself a symptom of, if anything. */
    private static String causeOf(List<Diagnosis> sameSubject, String rule, Diagnosis symptom) {
        return sameSubject.stream()
                .filter(d -> d.rule().equals(rule) && aboutTheSameContainer(d, symptom))
                .map(Diagnosis::symptomOf).filter(Objects::nonNull).findFirst().orElse(null);
    }

    private boolean supersedes(Diagnosis cause, Diagnosis symptom, Set<String> alsoExplains) {
        return rules.get(cause.rule()).supersedes().contains(symptom.rule())
                && (aboutTheSameContainer(cause, symptom) || alsoExplains.contains(symptom.subject()));
    }

    /** Same subject, and the same container unless one of them is about the whole pod. */
    private static boolean aboutTheSameContainer(Diagnosis a, Diagnosis b) {
        return a.subject().equals(b.subject())
                && (a.container() == null || b.container() == null || a.container().equals(b.container()));
    }

    /** Adds "undetermined" where a subject is unhealthy without a proven cause, and "healthy" where all is well. */
    private List<Diagnosis> addResults(List<ObjectRef> subjects, List<Object> facts, List<Diagnosis> diagnoses,
                                       List<Unhealthy> signals) {
        Map<String, List<Diagnosis>> diagnosesBySubject = bySubject(diagnoses);
        Map<ObjectRef, List<Unhealthy>> signalsBySubject = new HashMap<>();
        // in input order: the rules fire in an order that depends on what else the evaluation held
        List<Unhealthy> inInputOrder = new ArrayList<>(signals);
        inInputOrder.sort(SIGNALS_IN_INPUT_ORDER);
        inInputOrder.forEach(s -> signalsBySubject.computeIfAbsent(s.subject(), r -> new ArrayList<>()).add(s));
        FactsBySubject factsBySubject = FactsBySubject.of(facts);
        List<Diagnosis> result = new ArrayList<>();
        for (ObjectRef subject : subjects) {
            List<Diagnosis> own = diagnosesBySubject.getOrDefault(subject.key(), List.of());
            List<Unhealthy> unhealthy = signalsBySubject.getOrDefault(subject, List.of());
            List<Object> subjectFacts = factsBySubject.about(subject);
            boolean provenCause = false;
            boolean openSymptoms = false;
            boolean warningOrWorse = false;
            for (Diagnosis d : own) {
                boolean atLeastWarning = Severity.parse(d.severity()).atLeast(Severity.WARNING);
                boolean generic = rules.get(d.rule()).generic();
                provenCause |= d.isCause() && !generic && atLeastWarning;
                openSymptoms |= d.isCause() && generic;
                warningOrWorse |= atLeastWarning;
            }
            provenCause = provenCause || explainedElsewhere(own);
            if (!provenCause && (openSymptoms || !unhealthy.isEmpty())) {
                result.add(undetermined(subject, own, unhealthy, stateSeen(subject, subjectFacts)));
                own = own.stream().map(d -> d.isCause() && rules.get(d.rule()).generic()
                        ? d.asSymptomOf(ResultTexts.UNDETERMINED) : d).toList();
            } else if (!provenCause && !warningOrWorse) {
                result.add(healthy(subject, CheckedSummary.of(subject, subjectFacts)));
            }
            result.addAll(own);
        }
        return result;
    }

    /** True when a symptom of the subject has its cause on another object (the node that evicted the pod). */
    private static boolean explainedElsewhere(List<Diagnosis> own) {
        return own.stream().anyMatch(d -> !d.isCause() && own.stream().noneMatch(c -> c.rule().equals(d.symptomOf())));
    }

    /** True when the input shows the subject's state (describe), not only its log. */
    private static boolean stateSeen(ObjectRef subject, List<Object> subjectFacts) {
        return subjectFacts.stream().anyMatch(f -> f instanceof PodInfo pod && pod.ref().equals(subject)
                || f instanceof ContainerStatus container && container.pod().equals(subject));
    }

    private static Diagnosis undetermined(ObjectRef subject, List<Diagnosis> own, List<Unhealthy> unhealthy,
                                          boolean stateSeen) {
        if (!"Pod".equals(subject.kind())) {
            return ResultTexts.undeterminedObject(subject, summaryOf(own, unhealthy), evidenceOf(own, unhealthy));
        }
        String container = unhealthy.stream().map(Unhealthy::container).filter(Objects::nonNull).findFirst()
                .orElse(own.stream().map(Diagnosis::container).filter(Objects::nonNull).findFirst().orElse(null));
        return new Diagnosis(ResultTexts.UNDETERMINED, Severity.WARNING.label(), "result",
                stateSeen ? ResultTexts.UNDETERMINED_TITLE : ResultTexts.STATE_UNSEEN_TITLE, subject.key(), container,
                summaryOf(own, unhealthy),
                stateSeen ? ResultTexts.UNDETERMINED_EXPLANATION : ResultTexts.STATE_UNSEEN_EXPLANATION,
                Confidence.LOW.label(), evidenceOf(own, unhealthy),
                ResultTexts.gatherEvidence(subject.name(), namespaceOf(subject), container, stateSeen), null,
                ResultTexts.DOCS);
    }

    /** What the signals and the warning-or-worse causes saw, for the "undetermined" result. */
    private static String summaryOf(List<Diagnosis> own, List<Unhealthy> unhealthy) {
        Set<String> seen = new LinkedHashSet<>();
        unhealthy.forEach(signal -> seen.add(signal.what()));
        // an info finding (hygiene, risk) is no sign of the fault; it stays listed on its own
        faults(own).forEach(d -> seen.add(d.summary()));
        return "Seen: " + String.join("; ", seen) + ". No rule could prove the cause from this input.";
    }

    private static List<Evidence> evidenceOf(List<Diagnosis> own, List<Unhealthy> unhealthy) {
        Set<Evidence> evidence = new TreeSet<>(Comparator.comparing(Evidence::source)
                .thenComparingInt(Evidence::line));
        unhealthy.stream().map(Unhealthy::line).filter(Objects::nonNull).forEach(l -> evidence.add(Evidence.of(l)));
        faults(own).forEach(d -> evidence.addAll(d.evidence()));
        return List.copyOf(evidence);
    }

    private static List<Diagnosis> faults(List<Diagnosis> own) {
        return own.stream().filter(d -> d.isCause() && Severity.parse(d.severity()).atLeast(Severity.WARNING)).toList();
    }

    private static Diagnosis healthy(ObjectRef subject, String checked) {
        return new Diagnosis(ResultTexts.HEALTHY, Severity.INFO.label(), "result", ResultTexts.HEALTHY_TITLE,
                subject.key(), null, checked, ResultTexts.HEALTHY_EXPLANATION,
                Confidence.HIGH.label(), List.of(), List.of(), null, ResultTexts.DOCS);
    }

    private static String namespaceOf(ObjectRef subject) {
        return subject.namespace() == null ? "default" : subject.namespace();
    }

    private static Verdict verdict(List<Diagnosis> diagnoses) {
        boolean unhealthy = diagnoses.stream().anyMatch(d -> d.isCause() && !d.rule().equals(ResultTexts.UNDETERMINED)
                && !d.rule().equals(ResultTexts.HEALTHY) && Severity.parse(d.severity()).atLeast(Severity.WARNING));
        if (unhealthy) {
            return Verdict.UNHEALTHY;
        }
        return diagnoses.stream().anyMatch(d -> d.rule().equals(ResultTexts.UNDETERMINED))
                ? Verdict.UNDETERMINED : Verdict.HEALTHY;
    }
}
