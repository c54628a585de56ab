package dev.kubeadvisor.cli;

import dev.kubeadvisor.Advisor;
import dev.kubeadvisor.engine.Severity;
import dev.kubeadvisor.input.InputException;
import dev.kubeadvisor.live.LiveDiagnosis;
import dev.kubeadvisor.live.LiveScan;
import dev.kubeadvisor.live.ScanReport;
import dev.kubeadvisor.live.ScanScope;
import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.ConfigBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import java.io.File;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code kube-advisor scan}: reads the evidence from a live cluster (read-only) and diagnoses it. */
@Command(name = "scan", mixinStandardHelpOptions = true,
        description = {"Reads pods (or a deployment or node) from the cluster of your kubeconfig, read-only, with their "
                + "events, owners, node, claims and previous logs, and diagnoses them.",
                "Examples: kube-advisor scan -n shop | kube-advisor scan pod/web-7d4b9c-x2k8p -n shop | "
                        + "kube-advisor scan node/node-a"},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:nothing at or above --fail-on", "1:findings at or above --fail-on",
                "2:usage error, or the cluster could not be read"})
final class ScanCommand implements Callable<Integer> {

    /** Progress is shown when reading more subjects than this. */
    private static final int QUIET_UP_TO = 5;

    @Spec
    private CommandSpec spec;

    @ParentCommand
    private KubeAdvisorCommand cli;

    @Parameters(arity = "0..*", paramLabel = "KIND/NAME",
            description = "pod/NAME (or NAME), deployment/NAME, node/NAME; none scans the pods of the namespace")
    private List<String> targets = new ArrayList<>();

    @Option(names = {"-n", "--namespace"}, description = "namespace (default: the kubeconfig context's, else default)")
    private String namespace;

    @Option(names = {"-A", "--all-namespaces"}, description = "scan the pods of every namespace")
    private boolean allNamespaces;

    @Option(names = {"-l", "--selector"}, description = "label selector for the pods to scan, e.g. app=web")
    private String selector;

    @Option(names = "--context", description = "kubeconfig context (default: the current context)")
    private String context;

    @Option(names = "--kubeconfig", description = "kubeconfig file (default: $KUBECONFIG, then ~/.kube/config, "
            + "then the pod's service account)")
    private File kubeconfig;

    @Option(names = {"-o", "--output"}, defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE})")
    private DiagnoseCommand.Format format;

    @Option(names = "--fail-on", defaultValue = "critical",
            description = "exit 1 when a finding is at least this severe: critical, warning, info or never "
                    + "(default: ${DEFAULT-VALUE})")
    private DiagnoseCommand.FailOn failOn;

    @Option(names = "--concurrency", defaultValue = "8", description = "subjects read at the same time (default: "
            + "${DEFAULT-VALUE})")
    private int concurrency;

    @Option(names = "--timeout", defaultValue = "10", description = "seconds to wait for each API request "
            + "(default: ${DEFAULT-VALUE})")
    private int timeoutSeconds;

    @Override
    public Integer call() {
        ScanScope scope = scope();
        PrintWriter err = spec.commandLine().getErr();
        boolean progress = cli.terminal();
        // the rules load while the first objects are read
        CompletableFuture<Advisor> loading = CompletableFuture.supplyAsync(() -> Advisor.builder().withBuiltInRules()
                .build());
        ScanReport report;
        try (KubernetesClient client = new KubernetesClientBuilder().withConfig(config()).build()) {
            LiveScan scan = new LiveScan(client, concurrency, 250);
            report = LiveDiagnosis.scan(() -> DiagnoseCommand.joined(loading), scan, scope, (done, total) -> {
                if (progress && total > QUIET_UP_TO) {
                    err.print("\rread " + done + "/" + total + " …" + (done == total ? "\n" : ""));
                    err.flush();
                }
            });
        }
        if (report.reports().isEmpty() && report.unreadable().isEmpty() && !report.missingEvidence().isEmpty()) {
            throw new InputException("could not read the cluster: " + report.missingEvidence().get(0).read() + ": "
                    + report.missingEvidence().get(0).why());
        }
        PrintWriter out = spec.commandLine().getOut();
        out.print(format == DiagnoseCommand.Format.json ? ScanRenderer.json(report)
                : ScanRenderer.text(report, cli.colour()));
        out.flush();
        return failOn == DiagnoseCommand.FailOn.never || report.worstSeverity()
                .filter(worst -> worst.atLeast(Severity.parse(failOn.name()))).isEmpty()
                ? ExitCodes.OK : ExitCodes.FINDINGS;
    }

    private ScanScope scope() {
        try {
            return ScanScope.of(namespace, allNamespaces, selector, targets);
        } catch (IllegalArgumentException e) {
            throw new InputException(e.getMessage());
        }
    }

    private Config config() {
        Config base = kubeconfig != null ? Config.fromKubeconfig(context, kubeconfig) : Config.autoConfigure(context);
        int millis = timeoutSeconds * 1000;
        // retries of 429 and 5xx are the scan's own (ClusterReads), so that a failed read becomes missing evidence
        return new ConfigBuilder(base).withRequestTimeout(millis).withConnectionTimeout(millis)
                .withRequestRetryBackoffLimit(0).build();
    }
}
