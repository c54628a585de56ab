package dev.kubeadvisor.engine;

import dev.kubeadvisor.model.ContainerLog;
import dev.kubeadvisor.model.ContainerStatus;
import dev.kubeadvisor.model.LogRun;
import dev.kubeadvisor.model.ObjectRef;
import dev.kubeadvisor.model.PodInfo;
import dev.kubeadvisor.model.SchedulingFailure;
import dev.kubeadvisor.model.SourceLine;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.kie.api.runtime.rule.RuleContext;

/**
 * What a diagnosis rule inserts when it fires: which rule, about which object (and container), the dynamic
 * summary, the evidence lines and the values that fill the remediation placeholders ({@code pod}, {@code namespace}
 * and {@code container} are always set). The static text (title,
 * explanation, remediation templates) stays in the rule's metadata. {@code severity} and {@code confidence} are
 * {@code null} unless the rule overrides its metadata for this finding. {@code explainsSymptoms} is false for a
 * finding that cannot be the cause of its rule's {@code @supersedes} symptoms (see {@link Builder#fromLog}).
 * {@code alsoExplains} names the other objects whose {@code @supersedes} symptoms this cause explains too: the
 * pods a node problem evicted or left Pending, which the rule found linked to its subject (see {@link
 * Builder#explains}).
 */
public record Finding(String rule, ObjectRef subject, String container, String summary, Severity severity,
                      Confidence confidence, List<SourceLine> evidence, Map<String, String> values,
                      boolean explainsSymptoms, Set<ObjectRef> alsoExplains) {

    public Finding {
        evidence = List.copyOf(evidence);
        values = values instanceof PlaceholderValues ? values : Map.copyOf(values);
        alsoExplains = Set.copyOf(alsoExplains);
    }

    /** A finding that explains symptoms of its own subject only. */
    public Finding(String rule, ObjectRef subject, String container, String summary, Severity severity,
                   Confidence confidence, List<SourceLine> evidence, Map<String, String> values,
                   boolean explainsSymptoms) {
        this(rule, subject, container, summary, severity, confidence, evidence, values, explainsSymptoms, Set.of());
    }

    /**
     * Hashes the identifying parts only (rule, subject, container), consistently with the record's {@code equals}:
     * Drools hashes every finding it inserts (its truth maintenance keys facts by equality), and the summary, the
     * evidence and the values are long, freshly built strings whose hashes are not cached.
     */
    @Override
    public int hashCode() {
        return (Objects.hashCode(rule) * 31 + Objects.hashCode(subject)) * 31 + Objects.hashCode(container);
    }

    /** This finding with another severity. */
    public Finding withSeverity(Severity other) {
        return new Finding(rule, subject, container, summary, other, confidence, evidence, values, explainsSymptoms,
                alsoExplains);
    }

    /** Starts a finding about a whole pod. */
    public static Builder about(RuleContext rule, PodInfo pod) {
        return new Builder(rule.getRule().getName(), pod.ref(), null);
    }

    /** Starts a finding about one container of a pod. */
    public static Builder about(RuleContext rule, ContainerStatus container) {
        return new Builder(rule.getRule().getName(), container.pod(), container.name());
    }

    /** Starts a finding about any object. */
    public static Builder about(RuleContext rule, ObjectRef subject, String container) {
        return new Builder(rule.getRule().getName(), subject, container);
    }

    /** Collects a finding's parts; {@code build()} makes the immutable fact to insert. */
    public static final class Builder {
        private final String rule;
        private final ObjectRef subject;
        private final String container;
        private String summary = "";
        private Severity severity;
        private Confidence confidence;
        private boolean explainsSymptoms = true;
        private final List<SourceLine> evidence = new ArrayList<>(4);
        private final PlaceholderValues.Collector values = new PlaceholderValues.Collector();
        private Set<ObjectRef> alsoExplains = Set.of();

        Builder(String rule, ObjectRef subject, String container) {
            this.rule = rule;
            this.subject = subject;
            this.container = container;
            values.put("pod", subject.name());
            values.put("namespace", subject.namespace() == null ? "default" : subject.namespace());
            values.put("kind", subject.kind().toLowerCase());
            values.put("name", subject.name());
            if (container != null) {
                values.put("container", container);
            }
        }

        public Builder says(String text) {
            this.summary = text;
            return this;
        }

        /**
         * Overrides the rule's {@code @severity} for this finding, e.g. {@code "warning"} for a crash the container
         * has recovered from, where the rule's severity is for the container that is down.
         */
        public Builder severity(String level) {
            this.severity = Severity.parse(level);
            return this;
        }

        /**
         * The severity of a crash from the container's state now: the rule's own while the container is down,
         * warning once it runs again, info when it has settled after a single old restart ({@code settled} holds
         * the {@code settled-after-one-restart} signals of the container).
         */
        public Builder severityAfterCrash(ContainerStatus container, Collection<?> settled) {
            if (container.isRunning()) {
                this.severity = settled.isEmpty() ? Severity.WARNING : Severity.INFO;
            }
            return this;
        }

        /**
         * Severity, confidence and cause-over-symptom of a finding read from {@code log} ({@code statuses} holds its
         * container as described, if it is): a line of the run that ended keeps the rule's severity and explains the
         * crash it supersedes (a warning once the container runs again); a line of the current run of a running container explains no earlier crash and stopped
         * nothing: info (low confidence) when the container is ready, warning (medium) when it is not; a line of a
         * container whose state the input does not show is a warning of medium confidence.
         */
        public Builder fromLog(ContainerLog log, Collection<?> statuses) {
            switch (LogRun.of(log, statuses)) {
                case RUNNING_READY -> {
                    severity = Severity.INFO;
                    confidence = Confidence.LOW;
                    explainsSymptoms = false;
                }
                case RUNNING_NOT_READY -> {
                    severity = Severity.WARNING;
                    confidence = Confidence.MEDIUM;
                    explainsSymptoms = false;
                }
                case STATE_UNKNOWN -> {
                    severity = Severity.WARNING;
                    confidence = Confidence.MEDIUM;
                }
                case ENDED_RUNNING_AGAIN -> severity = Severity.WARNING;
                case ENDED -> {
                }
            }
            return with("previous", log.previousFlag());
        }

        /** Overrides the rule's {@code @confidence} for this finding: {@code "medium"} or {@code "low"}. */
        public Builder confidence(String level) {
            this.confidence = Confidence.parse(level);
            return this;
        }

        /** Adds evidence lines; {@code null}s (lines kubectl did not print) are skipped. */
        public Builder cites(SourceLine... lines) {
            for (SourceLine line : lines) {
                if (line != null && !evidence.contains(line)) {
                    evidence.add(line);
                }
            }
            return this;
        }

        public Builder citesAll(Collection<SourceLine> lines) {
            return cites(lines.toArray(SourceLine[]::new));
        }

        /**
         * Makes this cause explain the {@code @supersedes} symptoms of other objects too, e.g. the evictions of the
         * pods of a node under pressure. The rule's join decides which objects are linked (cite their evidence as
         * well); {@code linked} holds the facts that link them: {@link ObjectRef}s, {@link PodInfo}s, or the
         * {@link Signal}s and {@link SchedulingFailure}s of their pods.
         */
        public Builder explains(Collection<?> linked) {
            if (alsoExplains.isEmpty()) {
                alsoExplains = new LinkedHashSet<>();
            }
            for (Object fact : linked) {
                alsoExplains.add(refOf(fact));
            }
            return this;
        }

        private static ObjectRef refOf(Object fact) {
            if (fact instanceof ObjectRef ref) {
                return ref;
            }
            if (fact instanceof PodInfo pod) {
                return pod.ref();
            }
            if (fact instanceof Signal signal) {
                return signal.subject();
            }
            if (fact instanceof SchedulingFailure failure) {
                return failure.pod();
            }
            throw new IllegalArgumentException("no object to explain in " + fact);
        }

        /** Sets a value for a {@code {placeholder}} in the rule's remediation commands. */
        public Builder with(String placeholder, Object value) {
            if (value != null) {
                values.put(placeholder, String.valueOf(value));
            }
            return this;
        }

        /** The finding, its evidence in input order (an editor underlines the lines top-down). */
        public Finding build() {
            evidence.sort(SourceLine.INPUT_ORDER);
            return new Finding(rule, subject, container, Objects.requireNonNull(summary), severity, confidence, evidence,
                    values.collected(), explainsSymptoms, alsoExplains);
        }
    }
}
