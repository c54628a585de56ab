package dev.kubeadvisor.live;

import io.fabric8.kubernetes.api.model.HasMetadata;
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
final class MockCluster implements AutoCloseable {

    private final KubernetesMockServer server;
    private final KubernetesClient client;

    MockCluster() {
        Map<ServerRequest, Queue<ServerResponse>> responses = new HashMap<>();
        server = new KubernetesMockServer(new Context(), new MockWebServer(), responses,
                new KubernetesMixedDispatcher(responses), false);
        try {
            server.init(InetAddress.getByName("127.0.0.1"), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        client = server.createClient(builder -> builder.editOrNewConfig().withRequestRetryBackoffLimit(0)
                .withRequestTimeout(2_000).endConfig());
    }

    KubernetesMockServer server() {
        return server;
    }

    KubernetesClient client() {
        return client;
    }

    /** Creates the objects of a {@code kubectl get -o json} file (one object or a List); statuses are kept. */
    MockCluster load(Path objects) {
        try (InputStream in = Files.newInputStream(objects)) {
            create(client.load(in).items());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    MockCluster create(List<HasMetadata> objects) {
        for (HasMetadata object : objects) {
            object.getMetadata().setResourceVersion(null);
            client.resource(object).create();
        }
        return this;
    }

    /** The URL of the server, for a kubeconfig. */
    String url() {
        return client.getConfiguration().getMasterUrl();
    }

    @Override
    public void close() {
        client.close();
        server.destroy();
    }
}
