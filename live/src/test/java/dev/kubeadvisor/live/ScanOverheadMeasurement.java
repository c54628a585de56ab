package dev.kubeadvisor.live;

import dev.kubeadvisor.Advisor;
import dev.kubeadvisor.Snapshot;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The cost a scan adds on top of the API reads it performs, measured in one run against the mock cluster:
 * a 500-pod namespace (one pod in 50 crash-looping), scanned and diagnosed, beside the bare fabric8 reads of the
 * same objects (the pod list, the events list, the previous logs), in wall time and in the CPU time of the process
 * (client and mock server; steadier on a busy machine). A third block stops the scan short of the rules: its reads
 * with the objects written back as JSON and read into facts, the path pasted {@code -o json} takes, which bounds
 * from below what any evaluation can cost on top. After the warm-up rounds, each runs in blocks of its own (reads,
 * facts, scans, twice), so that each pays for the garbage it makes. Arguments: rounds per block (5), warm-up rounds
 * discarded before them (1). Run: see docs/performance.md.
 */
public final class ScanOverheadMeasurement {

    private static final com.sun.management.OperatingSystemMXBean PROCESS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    private ScanOverheadMeasurement() {
    }

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        int warmUps = args.length > 1 ? Integer.parseInt(args[1]) : 1;
        Advisor advisor = Advisor.builder().withBuiltInRules().build();
        try (MockCluster cluster = new MockCluster()) {
            List<HasMetadata> objects = new ArrayList<>();
            for (int i = 0; i < 500; i++) {
                boolean crashing = i % 50 == 7;
                objects.add(crashing ? LiveScanTest.crashingPod("web-" + i, "big", null, 0)
                        : LiveScanTest.runningPod("web-" + i, "big"));
                if (crashing) {
                    objects.add(LiveScanTest.backOffEvent("web-" + i, "big"));
                }
            }
            cluster.create(objects);
            for (int i = 7; i < 500; i += 50) {
                cluster.previousLog("big", "web-" + i, "app", "Error: connect ECONNREFUSED 10.0.0.7:5432\n");
            }
            Runnable bareReads = () -> {
                var pods = cluster.client().pods().inNamespace("big").list().getItems();
                cluster.client().v1().events().inNamespace("big").list().getItems();
                for (var pod : pods) {
                    if (!PodHealth.looksHealthy(pod)) {
                        cluster.client().raw(PodEvidence.previousLogPath("big", pod.getMetadata().getName(), "app"));
                    }
                }
            };
            Supplier<ScanReport> scanned = () -> LiveDiagnosis.scan(() -> advisor, new LiveScan(cluster.client(), 8, 1),
                    ScanScope.of("big", false, null, List.of()), (done, total) -> { });
            Runnable scan = scanned::get;
            Runnable facts = () -> new LiveScan(cluster.client(), 8, 1).collect(ScanScope.of("big", false, null,
                    List.of()), (done, total) -> { }, bundle -> Snapshot.fromInputs(bundle.documents()));
            for (int round = 0; round < warmUps; round++) {
                bareReads.run();
                facts.run();
                scan.run();
            }
            System.out.printf("a scan gives %d reports%n", scanned.get().reports().size());
            Cost bare = Cost.NONE;
            Cost factsOnly = Cost.NONE;
            Cost scans = Cost.NONE;
            for (int block = 0; block < 2; block++) {
                bare = bare.plus(Cost.of(bareReads, rounds));
                factsOnly = factsOnly.plus(Cost.of(facts, rounds));
                scans = scans.plus(Cost.of(scan, rounds));
            }
            int measured = 2 * rounds;
            System.out.printf("mean of %d rounds, wall / CPU of the process (client and mock server):%n", measured);
            System.out.println(bare.line("bare reads", measured, bare));
            System.out.println(factsOnly.line("reads + JSON to facts, no rules", measured, bare));
            System.out.println(scans.line("scan + diagnosis", measured, bare));
        }
    }

    /** Wall and process CPU time of some runs. */
    private record Cost(long wallNanos, long cpuNanos) {

        static final Cost NONE = new Cost(0, 0);

        static Cost of(Runnable run, int times) {
            long startCpu = PROCESS.getProcessCpuTime();
            long start = System.nanoTime();
            for (int time = 0; time < times; time++) {
                run.run();
            }
            return new Cost(System.nanoTime() - start, PROCESS.getProcessCpuTime() - startCpu);
        }

        Cost plus(Cost other) {
            return new Cost(wallNanos + other.wallNanos, cpuNanos + other.cpuNanos);
        }

        String line(String what, int rounds, Cost baseline) {
            return String.format("  %-32s %4d ms / %4d ms   %.2fx / %.2fx the bare reads", what,
                    wallNanos / rounds / 1_000_000, cpuNanos / rounds / 1_000_000,
                    (double) wallNanos / baseline.wallNanos, (double) cpuNanos / baseline.cpuNanos);
        }
    }
}
