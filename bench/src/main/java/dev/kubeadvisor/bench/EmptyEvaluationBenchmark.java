package dev.kubeadvisor.bench;

import dev.kubeadvisor.engine.Engine;
import java.util.List;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** Baseline: a rule session over no facts, the fixed cost every evaluation pays whatever the input. */
@State(Scope.Benchmark)
public class EmptyEvaluationBenchmark extends ShortSingleThreadRun {

    private Engine engine;

    @Setup
    public void loadRules() {
        engine = Engine.builtIn();
    }

    @Benchmark
    public Engine.Conclusions emptyEvaluation() {
        return engine.evaluate(List.of());
    }
}
