package dev.kubeadvisor.bench;

import dev.kubeadvisor.Snapshot;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * How cost grows with the input: the OOM pod described with 1, 10 and 100 containers, and a log of 10, 1 000 and
 * 10 000 lines; each beside Jackson reading the same content as JSON.
 */
@State(Scope.Benchmark)
public class InputSizeBenchmark extends PastedInputRun {

    @Param({"containers-1", "containers-10", "containers-100", "log-lines-10", "log-lines-1000", "log-lines-10000"})
    public String input;

    @Setup
    public void makeInput() {
        int size = Integer.parseInt(input.substring(input.lastIndexOf('-') + 1));
        boolean log = input.startsWith("log");
        use(log ? BenchInputs.log(size) : BenchInputs.text("containers/" + size),
                log ? BenchInputs.logAsJson(size) : BenchInputs.json("containers/" + size));
    }

    @Benchmark
    public Snapshot parse() {
        return Snapshot.fromText(text);
    }
}
