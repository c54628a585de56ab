package dev.kubeadvisor.bench;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.util.Collection;
import java.util.List;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

/**
 * Adds the CPU time the benchmark JVM used per operation ({@code -prof dev.kubeadvisor.bench.ProcessCpuProfiler}).
 * On a machine shared with other jobs, wall time per operation grows with their load; CPU time hardly does, so
 * it estimates what one otherwise idle core would do. It includes the JVM's own threads (GC, JIT).
 */
public final class ProcessCpuProfiler implements InternalProfiler {

    private final OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private long cpuNanosBefore;

    @Override
    public String getDescription() {
        return "process CPU time per operation";
    }

    @Override
    public void beforeIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams) {
        cpuNanosBefore = os.getProcessCpuTime();
    }

    @Override
    public Collection<? extends Result> afterIteration(BenchmarkParams benchmarkParams,
            IterationParams iterationParams, IterationResult result) {
        double cpuMicros = (os.getProcessCpuTime() - cpuNanosBefore) / 1000.0;
        long ops = result.getMetadata().getAllOps();
        return List.of(new ScalarResult("cpu", cpuMicros / ops, "us/op", AggregationPolicy.AVG));
    }
}
