package dev.kubeadvisor.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Every line of every fixture and test resource of the project (kubectl output, logs, JSON, YAML), to check a cheap
 * first look at a line against the pattern it guards.
 */
public final class FixtureLines {

    private static final List<Path> ROOTS = List.of(Path.of("../fixtures"), Path.of("src/test/resources"),
            Path.of("../rules/src/test/resources"));

    private FixtureLines() {
    }

    /**
     * The lines, each also without its leading white space (as a parser sees an indented line after stripping),
     * then {@code more}.
     */
    public static List<String> allAnd(List<String> more) {
        List<String> lines = new ArrayList<>();
        for (Path root : ROOTS) {
            if (!Files.isDirectory(root)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    for (String line : read(file)) {
                        lines.add(line);
                        lines.add(line.stripLeading());
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        lines.addAll(more);
        return lines;
    }

    private static List<String> read(Path file) throws IOException {
        return new String(Files.readAllBytes(file), StandardCharsets.UTF_8).lines().toList();
    }
}
