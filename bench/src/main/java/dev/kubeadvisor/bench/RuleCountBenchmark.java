package dev.kubeadvisor.bench;

import dev.kubeadvisor.Advisor;
import dev.kubeadvisor.Snapshot;
import dev.kubeadvisor.engine.Engine;
import dev.kubeadvisor.report.Report;
import java.util.List;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * How evaluation grows with the number of rules: the built-in catalogue once against ten renamed copies of it,
 * both compiled at setup from the DRL the rules jar ships to the executable model (as the build compiles the
 * built-in rules), into a KieBase with the built-in configuration, so the only difference is the rule count.
 * (The rule pack loader compiles DRL with the other, MVEL-based, Drools compiler, which rejects the catalogue:
 * "Unknown property 'empty' on ContainerStatus".)
 */
@State(Scope.Benchmark)
public class RuleCountBenchmark extends ShortSingleThreadRun {

    @Param({"1", "10"})
    public int catalogueCopies;

    private Engine engine;
    private Advisor advisor;
    private Snapshot snapshot;

    @Setup
    public void compileCopies() {
        engine = new Engine(CatalogueCopies.compile(CatalogueCopies.write(catalogueCopies)), Engine.DEFAULT_FIRING_CAP);
        advisor = Advisor.builder().withEngine(engine).build();
        snapshot = Snapshot.fromText(BenchInputs.text("scenarios/quote-app-oom-killed-at-256mi"));
    }

    /** Evaluation and report of the OOM scenario. */
    @Benchmark
    public Report evaluate() {
        return advisor.diagnose(snapshot);
    }

    /** The fixed cost of one session of these rules. */
    @Benchmark
    public Engine.Conclusions emptyEvaluation() {
        return engine.evaluate(List.of());
    }
}
