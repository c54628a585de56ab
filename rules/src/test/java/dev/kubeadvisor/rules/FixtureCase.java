package dev.kubeadvisor.rules;

import dev.kubeadvisor.input.InputDocument;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * One fixture folder: input files named by kind ({@code describe.txt}, {@code events.txt}, {@code logs.txt},
 * {@code objects.json}...) and {@code expected.json}.
 */
record FixtureCase(Path folder) {

    static final String EXPECTED = "expected.json";
    static final String OBJECTS = "objects.json";
    private static final Set<String> NOT_INPUT = Set.of(EXPECTED, "README.md", "source.md");

    static Path root() {
        return Path.of(System.getProperty("fixtures.dir", "../fixtures")).toAbsolutePath().normalize();
    }

    /** Every case: {@code rules/<rule>/<case>/} and {@code scenarios/<story>/}, whether or not it has its expected file. */
    static List<FixtureCase> all() {
        List<FixtureCase> cases = new ArrayList<>();
        try {
            for (Path rule : folders(root().resolve("rules"))) {
                folders(rule).forEach(folder -> cases.add(new FixtureCase(folder)));
            }
            folders(root().resolve("scenarios")).forEach(folder -> cases.add(new FixtureCase(folder)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return cases;
    }

    private static List<Path> folders(Path parent) throws IOException {
        if (!Files.isDirectory(parent)) {
            return List.of();
        }
        try (Stream<Path> children = Files.list(parent)) {
            return children.filter(Files::isDirectory).sorted().toList();
        }
    }

    String name() {
        return root().relativize(folder).toString();
    }

    /** The rule folder this case belongs to, or {@code null} for a scenario. */
    String ruleId() {
        Path relative = root().relativize(folder);
        return relative.getName(0).toString().equals("rules") ? relative.getName(1).toString() : null;
    }

    boolean isNearMiss() {
        return folder.getFileName().toString().startsWith("near-miss-");
    }

    boolean hasObjects() {
        return Files.exists(folder.resolve(OBJECTS));
    }

    Path expectedFile() {
        return folder.resolve(EXPECTED);
    }

    /** The text inputs, in file name order, named as the user would name them. */
    List<InputDocument> textInputs() {
        List<InputDocument> inputs = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.sorted().toList()) {
                String name = file.getFileName().toString();
                if (!NOT_INPUT.contains(name) && !name.equals(OBJECTS)) {
                    inputs.add(new InputDocument(name, Files.readString(file, StandardCharsets.UTF_8)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return inputs;
    }
}
