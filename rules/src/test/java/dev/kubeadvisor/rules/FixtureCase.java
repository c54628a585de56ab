package dev.kubeadvisor.rules;

import dev.kubeadvisor.golden.GoldenCase;
import dev.kubeadvisor.input.InputDocument;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * One folder of the built-in catalogue's fixtures: {@code rules/<rule>/<case>/} or {@code scenarios/<story>/}, read
 * as a {@link GoldenCase} (the shape custom rule packs use too).
 */
record FixtureCase(Path folder) {

    static final String OBJECTS = GoldenCase.OBJECTS;

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

    /** The real objects of every kind: {@code objects/<kind>-<story>/objects.json}, not diagnosed as golden cases. */
    static List<FixtureCase> objectStories() {
        try {
            return folders(root().resolve("objects")).stream().map(FixtureCase::new).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Path> folders(Path parent) throws IOException {
        if (!Files.isDirectory(parent)) {
            return List.of();
        }
        try (Stream<Path> children = Files.list(parent)) {
            return children.filter(Files::isDirectory).sorted().toList();
        }
    }

    GoldenCase golden() {
        return new GoldenCase(folder, name(), ruleId());
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
        return golden().isNearMiss();
    }

    boolean hasObjects() {
        return golden().hasObjects();
    }

    Path expectedFile() {
        return golden().expectedFile();
    }

    List<InputDocument> textInputs() {
        return golden().textInputs();
    }
}
