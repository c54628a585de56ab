package dev.kubeadvisor;

import dev.kubeadvisor.engine.Engine;
import dev.kubeadvisor.engine.RuleInfo;
import dev.kubeadvisor.report.Report;
import dev.kubeadvisor.report.ReportBuilder;
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
        Engine.Conclusions conclusions = engine.evaluate(snapshot.facts());
        return reports.build(snapshot.subjects(), snapshot.facts(), conclusions, snapshot.inputs(), snapshot.notes());
    }

    /** The diagnosis rules this advisor knows, by ID. */
    public Map<String, RuleInfo> rules() {
        return engine.rules();
    }

    /** Chooses the rules an Advisor evaluates. */
    public static final class Builder {
        private Engine engine;

        public Builder withBuiltInRules() {
            this.engine = Engine.builtIn();
            return this;
        }

        /** Uses an engine built elsewhere (tests, embedders with their own KieBase). */
        public Builder withEngine(Engine engine) {
            this.engine = engine;
            return this;
        }

        public Advisor build() {
            if (engine == null) {
                throw new IllegalStateException("no rules: call withBuiltInRules() or withEngine(...)");
            }
            return new Advisor(engine);
        }
    }
}
