package dev.kubeadvisor;

import dev.kubeadvisor.engine.ConclusionsBySubject;
import dev.kubeadvisor.engine.Engine;
import dev.kubeadvisor.engine.RuleIds;
import dev.kubeadvisor.engine.RuleInfo;
import dev.kubeadvisor.input.InputException;
import dev.kubeadvisor.pack.RulePackLoader;
import dev.kubeadvisor.report.Report;
import dev.kubeadvisor.report.ReportBuilder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The library's entry point: {@code Advisor.builder().withBuiltInRules().build().diagnose(Snapshot.fromText(t))}.
 * Thread-safe and meant to be built once and reused: building loads the knowledge base, diagnosing is cheap.
 */
public final class Advisor {

    private final Engine engine;
    private final ReportBuilder reports;

    private Advisor(Engine engine) {
        this.engine = engine;
        this.reports = new ReportBuilder(engine.rules());
    }

    public static Builder builder() {
        return new Builder();
    }

    public Report diagnose(Snapshot snapshot) {
        return diagnose(snapshot, DiagnoseOptions.none());
    }

    /**
     * Diagnoses with some rules excluded or their severity changed; the report lists what that suppressed.
     *
     * @throws InputException when the options name a rule this advisor does not know
     */
    public Report diagnose(Snapshot snapshot, DiagnoseOptions options) {
        checkKnown(options);
        Engine.Conclusions conclusions = engine.evaluate(snapshot.facts());
        return reports.build(snapshot.subjects(), snapshot.facts(), conclusions, snapshot.inputs(), snapshot.notes(),
                options);
    }

    /**
     * Diagnoses several snapshots in one evaluation, as if their inputs had been pasted together, and gives each
     * its own report about its own subjects. An object that several of them hold (the node their pods run on) is
     * evaluated once, so its findings may cite what the other snapshots brought (every pod a not-ready node lost).
     * Much cheaper than diagnosing them one by one: setting up an evaluation costs as much as evaluating a few pods.
     */
    public List<Report> diagnoseTogether(List<Snapshot> snapshots) {
        if (snapshots.isEmpty()) {
            return List.of();
        }
        ConclusionsBySubject conclusions = new ConclusionsBySubject(
                engine.evaluate(SharedFacts.of(snapshots), snapshots.size()));
        return snapshots.parallelStream().map(snapshot -> reports.build(snapshot.subjects(), snapshot.facts(),
                conclusions.about(snapshot.subjects()), snapshot.inputs(), snapshot.notes(), DiagnoseOptions.none()))
                .toList();
    }

    /** The diagnosis rules this advisor knows, by ID. */
    public Map<String, RuleInfo> rules() {
        return engine.rules();
    }

    private void checkKnown(DiagnoseOptions options) {
        Map<String, String> named = new LinkedHashMap<>(options.excluded());
        options.severities().forEach((id, override) -> named.putIfAbsent(id, "severity set by "
                + override.decidedBy()));
        List<String> unknown = named.entrySet().stream().filter(e -> !engine.rules().containsKey(e.getKey()))
                .map(e -> RuleIds.unknown(e.getKey(), engine.rules().keySet()) + " [" + e.getValue() + "]").toList();
        if (!unknown.isEmpty()) {
            throw new InputException("unknown rule ID" + (unknown.size() == 1 ? "" : "s") + ": "
                    + String.join("; ", unknown) + " (kube-advisor rules list shows them all)");
        }
    }

    /** Chooses the rules an Advisor evaluates. */
    public static final class Builder {
        private boolean builtIn;
        private Engine engine;
        private final List<Path> rulePacks = new ArrayList<>();

        public Builder withBuiltInRules() {
            this.builtIn = true;
            return this;
        }

        /**
         * Adds a custom rule pack: a folder of {@code .drl} files, compiled when the advisor is built into one
         * knowledge base with the other packs and the built-in rules (so its rules can match their signals).
         */
        public Builder withRulePack(Path folder) {
            rulePacks.add(folder);
            return this;
        }

        /** Uses an engine built elsewhere (tests, embedders with their own KieBase). */
        public Builder withEngine(Engine engine) {
            this.engine = engine;
            return this;
        }

        /**
         * @throws dev.kubeadvisor.pack.RulePackException when a rule pack does not compile or breaks the conventions
         */
        public Advisor build() {
            if (engine != null && (builtIn || !rulePacks.isEmpty())) {
                throw new IllegalStateException("withEngine(...) replaces the rules: do not combine it with "
                        + "withBuiltInRules() or withRulePack(...)");
            }
            if (!rulePacks.isEmpty()) {
                return new Advisor(RulePackLoader.load(builtIn, rulePacks));
            }
            if (builtIn) {
                return new Advisor(Engine.builtIn());
            }
            if (engine == null) {
                throw new IllegalStateException("no rules: call withBuiltInRules(), withRulePack(...) or withEngine(...)");
            }
            return new Advisor(engine);
        }
    }
}
