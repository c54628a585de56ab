package dev.kubeadvisor.bench;

import dev.kubeadvisor.Snapshot;
import dev.kubeadvisor.report.Report;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The scenarios of fixtures/scenarios (each pod of the scenario described by kubectl, in one paste) with the full
 * built-in catalogue: evaluation and report alone, and end to end; beside Jackson reading the scenario's objects.
 */
@State(Scope.Benchmark)
public class ScenarioBenchmark extends PastedInputRun {

    @Param({"bare-pod-without-controller", "healthy-quote-app", "init-container-failing",
            "liveness-probe-kills-and-restarts", "password-in-plain-env", "pending-no-node-fits",
            "quote-app-exit-255-restarted-once", "quote-app-oom-killed-at-256mi"})
    public String scenario;

    private Snapshot snapshot;

    @Setup
    public void readScenario() {
        use(BenchInputs.text("scenarios/" + scenario), BenchInputs.json("scenarios/" + scenario));
        snapshot = Snapshot.fromText(text);
    }

    /** Evaluate the whole catalogue and build the report, on a snapshot parsed once. */
    @Benchmark
    public Report evaluate() {
        return advisor.diagnose(snapshot);
    }
}
