package dev.kubeadvisor.live;

import dev.kubeadvisor.input.InputDocument;
import dev.kubeadvisor.model.ObjectRef;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.ReplicaSet;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Reads the evidence of a scan, read-only: pods (unhealthy ones first) with everything {@link PodEvidence} reads,
 * or a deployment or node with what it owns. Pods are read in parallel, at most {@code concurrency} at a time.
 */
public final class LiveScan {

    /** Told after each subject is read. */
    @FunctionalInterface
    public interface Progress {
        void read(int done, int total);
    }

    private final KubernetesClient client;
    private final int concurrency;
    private final ClusterView cluster;
    private final PodEvidence podEvidence;

    public LiveScan(KubernetesClient client, int concurrency, long retryPauseMillis) {
        this.client = client;
        this.concurrency = concurrency;
        this.cluster = new ClusterView(client, new ClusterReads(retryPauseMillis));
        this.podEvidence = new PodEvidence(cluster);
    }

    /** The evidence of every subject in scope, in the order read; a target that does not exist is in {@code missing}. */
    public Result<EvidenceBundle> collect(ScanScope scope, Progress progress) {
        return collect(scope, progress, Function.identity());
    }

    /**
     * Reads every subject in scope and hands its evidence to {@code then} on the thread that read it, as soon as it
     * is read, so that what follows (a diagnosis) overlaps the reads still in flight.
     */
    public <T> Result<T> collect(ScanScope scope, Progress progress, Function<EvidenceBundle, T> then) {
        String namespace = Optional.ofNullable(scope.namespace()).or(() -> Optional.ofNullable(client.getNamespace()))
                .orElse("default");
        List<MissingEvidence> missing = new ArrayList<>();
        List<Subject> subjects = new ArrayList<>();
        if (scope.targets().isEmpty()) {
            cluster.read(scope.allNamespaces() ? "get pods -A" : "get pods -n " + namespace,
                    () -> podsInScope(scope, namespace), missing).orElse(List.of()).stream()
                    .sorted(Comparator.comparing(PodHealth::looksHealthy).thenComparing(LiveScan::key))
                    .forEach(pod -> subjects.add(podSubject(pod)));
        }
        for (ScanScope.Target target : scope.targets()) {
            target(target, namespace, missing).ifPresentOrElse(subjects::add, () -> missing.add(new MissingEvidence(
                    "get " + target.kind().name().toLowerCase() + " " + target.name()
                            + (target.kind() == ScanScope.Kind.NODE ? "" : " -n " + namespace),
                    "not found")));
        }
        return new Result<>(readAll(subjects, progress, then), missing);
    }

    /** What became of each subject read, in order, and the reads that failed before any subject was known. */
    public record Result<T>(List<T> results, List<MissingEvidence> missing) {
    }

    private List<Pod> podsInScope(ScanScope scope, String namespace) {
        var pods = scope.allNamespaces() ? client.pods().inAnyNamespace() : client.pods().inNamespace(namespace);
        return (scope.labelSelector() == null ? pods : pods.withLabelSelector(scope.labelSelector())).list().getItems();
    }

    private Optional<Subject> target(ScanScope.Target target, String namespace, List<MissingEvidence> missing) {
        String name = target.name();
        switch (target.kind()) {
            case POD:
                return cluster.object("get pod " + name + " -n " + namespace,
                        () -> client.pods().inNamespace(namespace).withName(name).get(), missing).map(this::podSubject);
            case DEPLOYMENT:
                return cluster.object("get deployment " + name + " -n " + namespace,
                        () -> client.apps().deployments().inNamespace(namespace).withName(name).get(), missing)
                        .map(this::deploymentSubject);
            default:
                return cluster.object("get node " + name, () -> client.nodes().withName(name).get(), missing)
                        .map(this::nodeSubject);
        }
    }

    private Subject podSubject(Pod pod) {
        return new Subject(ref(pod), (into, missing) -> podEvidence.collect(pod, into, missing));
    }

    private Subject deploymentSubject(Deployment deployment) {
        String namespace = deployment.getMetadata().getNamespace();
        String name = deployment.getMetadata().getName();
        return new Subject(ref(deployment), (into, missing) -> {
            podEvidence.addObject(into, deployment, missing);
            // every ReplicaSet of the deployment, also one that made no pod (FailedCreate)
            List<ReplicaSet> replicaSets = cluster.read("get replicasets -n " + namespace,
                    () -> client.apps().replicaSets().inNamespace(namespace).list().getItems(), missing)
                    .orElse(List.of()).stream().filter(rs -> ownedBy(rs, "Deployment", name)).toList();
            cluster.read("get pods -n " + namespace, () -> client.pods().inNamespace(namespace).list().getItems(), missing)
                    .orElse(List.of()).stream()
                    .filter(pod -> replicaSets.stream().anyMatch(rs -> ownedBy(pod, "ReplicaSet", rs.getMetadata().getName())))
                    .forEach(pod -> podEvidence.collect(pod, into, missing));
            replicaSets.forEach(rs -> podEvidence.addObject(into, rs, missing));
        });
    }

    private Subject nodeSubject(Node node) {
        String name = node.getMetadata().getName();
        return new Subject(ref(node), (into, missing) -> {
            podEvidence.addObject(into, node, missing);
            cluster.read("get pods -A --field-selector spec.nodeName=" + name,
                    () -> client.pods().inAnyNamespace().withField("spec.nodeName", name).list().getItems(), missing)
                    .orElse(List.of()).stream()
                    .filter(pod -> pod.getSpec() != null && name.equals(pod.getSpec().getNodeName()))
                    .filter(pod -> !PodHealth.looksHealthy(pod))
                    .forEach(pod -> podEvidence.collect(pod, into, missing));
        });
    }

    private <T> List<T> readAll(List<Subject> subjects, Progress progress, Function<EvidenceBundle, T> then) {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(concurrency, subjects.size())),
                runnable -> {
                    Thread thread = new Thread(runnable, "kube-advisor-scan");
                    thread.setDaemon(true);
                    return thread;
                });
        try {
            AtomicInteger done = new AtomicInteger();
            List<Future<T>> futures = new ArrayList<>();
            for (Subject subject : subjects) {
                futures.add(pool.submit(() -> {
                    EvidenceBundle bundle = subject.read();
                    progress.read(done.incrementAndGet(), subjects.size());
                    return then.apply(bundle);
                }));
            }
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get());
            }
            return results;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("the scan was interrupted", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private static boolean ownedBy(HasMetadata object, String kind, String name) {
        return object.getMetadata().getOwnerReferences().stream()
                .anyMatch(owner -> kind.equals(owner.getKind()) && name.equals(owner.getName()));
    }

    private static String key(Pod pod) {
        return pod.getMetadata().getNamespace() + "/" + pod.getMetadata().getName();
    }

    private static ObjectRef ref(HasMetadata object) {
        return new ObjectRef(object.getKind(), object.getMetadata().getNamespace(), object.getMetadata().getName());
    }

    /** One subject and how to read its evidence. */
    private record Subject(ObjectRef ref, Reader reader) {

        EvidenceBundle read() {
            Map<String, InputDocument> documents = PodEvidence.newDocuments();
            List<MissingEvidence> missing = new ArrayList<>();
            reader.read(documents, missing);
            return new EvidenceBundle(ref, List.copyOf(documents.values()),
                    missing.stream().filter(Objects::nonNull).distinct().toList());
        }
    }

    @FunctionalInterface
    private interface Reader {
        void read(Map<String, InputDocument> into, List<MissingEvidence> missing);
    }
}
