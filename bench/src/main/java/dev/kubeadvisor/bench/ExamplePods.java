package dev.kubeadvisor.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The example pods the benchmarks read, each as {@code kubectl describe pod} text and as {@code kubectl get pod -o json}. */
final class ExamplePods {

    private ExamplePods() {
    }

    static String describeText(String pod) {
        return resource(pod + ".describe.txt");
    }

    static String podJson(String pod) {
        return resource(pod + ".pod.json");
    }

    private static String resource(String name) {
        try (InputStream in = ExamplePods.class.getResourceAsStream("pods/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no example pod file " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
