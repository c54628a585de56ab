package dev.kubeadvisor.bench;

import com.sun.management.OperatingSystemMXBean;
import dev.kubeadvisor.Advisor;
import dev.kubeadvisor.Snapshot;
import dev.kubeadvisor.engine.Engine;
import dev.kubeadvisor.report.Report;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.drools.model.Model;
import org.drools.modelcompiler.KieBaseBuilder;

/**
 * What a cold JVM spends before its first diagnosis, phase by phase, in wall and CPU time, with the built-in rules
 * loaded either the way {@link Engine#builtIn()} does (a KieContainer over the classpath, which reads kmodule.xml)
 * or straight from the rule classes the kjar lists. Run it once per process:
 * {@code java <the CLI's flags> -cp "cli/target/kube-advisor-cli.jar:cli/target/lib/*:bench/target/classes"
 * dev.kubeadvisor.bench.StartupPhases kie-container|model-classes INPUT}
 */
public final class StartupPhases {

    /** Where the kie-maven-plugin lists the rules module's generated rule classes. */
    private static final String MODEL_LIST = "META-INF/kie/dev.kubeadvisor/rules/drools-model";

    private static final OperatingSystemMXBean OS =
            (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    private StartupPhases() {
    }

    public static void main(String[] args) throws IOException, ReflectiveOperationException {
        String text = Files.readString(Path.of(args[1]));
        print("JVM started, main entered");
        Engine engine = args[0].equals("model-classes")
                ? new Engine(KieBaseBuilder.createKieBaseFromModel(ruleModels()), Engine.DEFAULT_FIRING_CAP)
                : Engine.builtIn();
        print("rules loaded (" + args[0] + ", " + engine.rules().size() + " diagnosis rules)");
        Report report = Advisor.builder().withEngine(engine).build().diagnose(Snapshot.fromText(text));
        print("first diagnosis done (" + report.verdict() + ")");
    }

    private static List<Model> ruleModels() throws IOException, ReflectiveOperationException {
        List<Model> models = new ArrayList<>();
        try (InputStream in = StartupPhases.class.getClassLoader().getResourceAsStream(MODEL_LIST)) {
            if (in == null) {
                throw new IllegalStateException(MODEL_LIST + " is not on the class path");
            }
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("Drools-Model-Version")) {
                    models.add((Model) Class.forName(line.strip()).getDeclaredConstructor().newInstance());
                }
            }
        }
        return models;
    }

    private static void print(String phase) {
        System.out.printf("%6d ms wall %6d ms CPU  %s%n", ManagementFactory.getRuntimeMXBean().getUptime(),
                OS.getProcessCpuTime() / 1_000_000, phase);
    }
}
