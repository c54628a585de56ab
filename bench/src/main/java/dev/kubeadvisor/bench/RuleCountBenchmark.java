package dev.kubeadvisor.bench;

import dev.kubeadvisor.Advisor;
import dev.kubeadvisor.Snapshot;
import dev.kubeadvisor.engine.Engine;
import dev.kubeadvisor.pack.RulePackLoader;
import dev.kubeadvisor.report.Report;
import java.util.List;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * How evaluation grows with the number of rules: the built-in catalogue once against ten renamed copies of it,
 * both compiled from DRL at setup by the rule pack loader, so the only difference is the rule count.
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
        engine = RulePackLoader.load(false, List.of(CatalogueCopies.write(catalogueCopies)));
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
