package dev.kubeadvisor.live;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.StatusBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesMixedDispatcher;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.fabric8.mockwebserver.Context;
import io.fabric8.mockwebserver.MockWebServer;
import io.fabric8.mockwebserver.ServerRequest;
import io.fabric8.mockwebserver.ServerResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;

/**
 * The fabric8 mock API server in CRUD mode, with expectations (for failures) taking precedence: the same Map of
 * responses goes to the server and to its dispatcher, as the mixed mode requires.
 */
public final class MockCluster implements AutoCloseable {

    private final KubernetesMockServer server;
    private final KubernetesClient client;

    public MockCluster() {
        Map<ServerRequest, Queue<ServerResponse>> responses = new HashMap<>();
        server = new KubernetesMockServer(new Context(), new MockWebServer(), responses,
                new KubernetesMixedDispatcher(responses), false);
        try {
            server.init(InetAddress.getByName("127.0.0.1"), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        client = server.createClient(builder -> builder.editOrNewConfig().withRequestRetryBackoffLimit(0)
                .withRequestTimeout(5_000).endConfig());
    }

    KubernetesMockServer server() {
        return server;
    }

    public KubernetesClient client() {
        return client;
    }

    /** Creates the objects of a {@code kubectl get -o json} file (one object or a List); statuses are kept. */
    public MockCluster load(Path objects) {
        try (InputStream in = Files.newInputStream(objects)) {
            create(client.load(in).items());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    public MockCluster create(List<HasMetadata> objects) {
        for (HasMetadata object : objects) {
            if (object.getMetadata() == null) {
                continue;
            }
            object.getMetadata().setResourceVersion(null);
            client.resource(object).create();
        }
        return this;
    }

    /** What {@code kubectl logs POD -c CONTAINER --previous} answers, as the scan asks for it. */
    public MockCluster previousLog(String namespace, String pod, String container, String text) {
        server.expect().get().withPath(PodEvidence.previousLogPath(namespace, pod, container)).andReturn(200, text).always();
        return this;
    }

    /** The API server's answer when a container has no previous run. */
    public MockCluster noPreviousLog(String namespace, String pod, String container) {
        server.expect().get().withPath(PodEvidence.previousLogPath(namespace, pod, container)).andReturn(400, new StatusBuilder()
                .withCode(400).withReason("BadRequest").withMessage("previous terminated container \"" + container
                        + "\" in pod \"" + pod + "\" not found").build()).always();
        return this;
    }

    /** A kubeconfig file whose current context is this server, for the CLI. */
    public Path kubeconfig(Path directory) {
        String kubeconfig = """
                apiVersion: v1
                kind: Config
                clusters:
                - name: mock
                  cluster:
                    server: %s
                    insecure-skip-tls-verify: true
                users:
                - name: tester
                  user:
                    token: mock-token
                contexts:
                - name: mock
                  context:
                    cluster: mock
                    user: tester
                    namespace: default
                current-context: mock
                """.formatted(client.getConfiguration().getMasterUrl());
        try {
            return Files.writeString(directory.resolve("kubeconfig"), kubeconfig);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        client.close();
        server.destroy();
    }
}
