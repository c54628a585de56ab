package dev.kubeadvisor.engine;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.drools.model.Model;

/**
 * Reads the index kie-maven-plugin writes into a kjar ({@code META-INF/kie/<group>/<artifact>/drools-model}: a
 * version line, then one generated {@link Model} class per rule package) and instantiates those classes.
 */
final class ExecutableModelIndex {

    private ExecutableModelIndex() {
    }

    /** The models listed at {@code resource}, or none when the resource is absent. */
    static List<Model> read(ClassLoader loader, String resource) {
        List<Model> models = new ArrayList<>();
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                return models;
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String className = line.strip();
                if (!className.isEmpty() && !className.contains(":")) {
                    models.add(instantiate(loader, className));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        return models;
    }

    private static Model instantiate(ClassLoader loader, String className) {
        try {
            return (Model) Class.forName(className, true, loader).getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException | ClassCastException e) {
            throw new IllegalStateException("the rules kjar lists " + className
                    + " as an executable model, but it cannot be loaded; rebuild the rules module", e);
        }
    }
}
