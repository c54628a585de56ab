package dev.kubeadvisor.bench;

import com.sun.management.OperatingSystemMXBean;
import dev.kubeadvisor.Advisor;
import dev.kubeadvisor.Snapshot;
import dev.kubeadvisor.engine.Engine;
import dev.kubeadvisor.render.TextRenderer;
import dev.kubeadvisor.report.Report;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What a cold JVM spends before its first diagnosis, phase by phase, in wall and CPU time since the JVM started:
 * entering {@code main}, loading the built-in rules as the CLI does ({@link Engine#builtIn()}), parsing the input,
 * evaluating the rules and building the report, rendering it as text. Run it once per process, with the CLI's
 * flags and class path: {@code java <flags> -cp "cli/target/kube-advisor-cli.jar:cli/target/lib/*:bench/target/classes"
 * dev.kubeadvisor.bench.StartupPhases INPUT}
 */
public final class StartupPhases {

    private static final OperatingSystemMXBean OS =
            (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    private StartupPhases() {
    }

    public static void main(String[] args) throws IOException {
        String text = Files.readString(Path.of(args[0]));
        print("main", "JVM started, main entered");
        Engine engine = Engine.builtIn();
        print("rules", "rules loaded (" + engine.rules().size() + " diagnosis rules)");
        Snapshot snapshot = Snapshot.fromText(text);
        print("parse", "input parsed (" + snapshot.facts().size() + " facts)");
        Report report = Advisor.builder().withEngine(engine).build().diagnose(snapshot);
        print("evaluate", "rules evaluated, report built (" + report.verdict() + ")");
        String rendered = new TextRenderer(false).render(report);
        print("render", "report rendered (" + rendered.length() + " characters)");
    }

    private static void print(String phase, String what) {
        System.out.printf("%-9s %6d ms wall %6d ms CPU  %s%n", phase, ManagementFactory.getRuntimeMXBean().getUptime(),
                OS.getProcessCpuTime() / 1_000_000, what);
    }
}
