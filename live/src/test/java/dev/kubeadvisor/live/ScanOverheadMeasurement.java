package dev.kubeadvisor.live;

import dev.kubeadvisor.Advisor;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;

/**
 * The cost a scan adds on top of the API reads it performs, measured in one run against the mock cluster:
 * a 500-pod namespace (one pod in 50 crash-looping), scanned and diagnosed, beside the bare fabric8 reads of the
 * same objects (the pod list, the events list, the previous logs), in wall time and in the CPU time of the process
 * (client and mock server; steadier on a busy machine). Arguments: rounds measured (5), warm-up rounds
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
            long bare = 0;
            long scan = 0;
            long bareCpu = 0;
            long scanCpu = 0;
            for (int round = 1 - warmUps; round <= rounds; round++) {
                long startCpu = PROCESS.getProcessCpuTime();
                long start = System.nanoTime();
                var pods = cluster.client().pods().inNamespace("big").list().getItems();
                cluster.client().v1().events().inNamespace("big").list().getItems();
                for (var pod : pods) {
                    if (!PodHealth.looksHealthy(pod)) {
                        cluster.client().raw(PodEvidence.previousLogPath("big", pod.getMetadata().getName(), "app"));
                    }
                }
                long middle = System.nanoTime();
                long middleCpu = PROCESS.getProcessCpuTime();
                ScanReport report = LiveDiagnosis.scan(() -> advisor, new LiveScan(cluster.client(), 8, 1),
                        ScanScope.of("big", false, null, List.of()), (done, total) -> { });
                long end = System.nanoTime();
                long endCpu = PROCESS.getProcessCpuTime();
                if (round > 0) {
                    bare += middle - start;
                    scan += end - middle;
                    bareCpu += middleCpu - startCpu;
                    scanCpu += endCpu - middleCpu;
                }
                System.out.printf("round %d: bare reads %d ms, scan + diagnosis %d ms (%d reports)%n", round,
                        (middle - start) / 1_000_000, (end - middle) / 1_000_000, report.reports().size());
            }
            System.out.printf("mean of %d rounds: bare reads %d ms, scan + diagnosis %d ms, ratio %.2f; "
                    + "CPU of the process (client and mock server): bare reads %d ms, scan + diagnosis %d ms, ratio %.2f%n",
                    rounds, bare / rounds / 1_000_000, scan / rounds / 1_000_000, (double) scan / bare,
                    bareCpu / rounds / 1_000_000, scanCpu / rounds / 1_000_000, (double) scanCpu / bareCpu);
        }
    }
}
