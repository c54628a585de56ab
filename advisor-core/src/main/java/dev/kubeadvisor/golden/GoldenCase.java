package dev.kubeadvisor.golden;

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
 * {@code objects.json}...) and {@code expected.json}. A rule's cases live in {@code <rule-id>/fires-<why>/} (the
 * rule must fire) and {@code <rule-id>/near-miss-<why>/} (it must not); a scenario belongs to no rule.
 *
 * @param folder the case's folder
 * @param name   how reports name the case (its path below the folder that was searched)
 * @param ruleId the rule the case is about, or {@code null} for a scenario
 */
public record GoldenCase(Path folder, String name, String ruleId) {

    public static final String EXPECTED = "expected.json";
    public static final String OBJECTS = "objects.json";
    private static final String FIRES = "fires-";
    private static final String NEAR_MISS = "near-miss-";
    private static final Set<String> NOT_INPUT = Set.of(EXPECTED, OBJECTS, "README.md", "source.md");

    /** Every {@code <rule-id>/fires-*} and {@code <rule-id>/near-miss-*} folder anywhere below {@code root}. */
    public static List<GoldenCase> ruleCasesBelow(Path root) {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isDirectory).filter(GoldenCase::isRuleCaseFolder).sorted()
                    .map(folder -> new GoldenCase(folder, root.relativize(folder).toString(),
                            folder.getParent().getFileName().toString()))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A case that belongs to no rule, e.g. an end-to-end story. */
    public static GoldenCase scenario(Path folder, String name) {
        return new GoldenCase(folder, name, null);
    }

    static boolean isRuleCaseFolder(Path folder) {
        String name = folder.getFileName().toString();
        return name.startsWith(FIRES) || name.startsWith(NEAR_MISS);
    }

    public boolean isNearMiss() {
        return folder.getFileName().toString().startsWith(NEAR_MISS);
    }

    /** What the folder name says about the case: {@code fires-crash-loop-after-oom} → {@code crash loop after oom}. */
    public String why() {
        String folderName = folder.getFileName().toString();
        String why = folderName.startsWith(FIRES) ? folderName.substring(FIRES.length())
                : folderName.startsWith(NEAR_MISS) ? folderName.substring(NEAR_MISS.length()) : folderName;
        return why.replace('-', ' ');
    }

    /** True when the case holds Kubernetes objects that a fixture API server must turn into kubectl text. */
    public boolean hasObjects() {
        return Files.exists(folder.resolve(OBJECTS));
    }

    public Path expectedFile() {
        return folder.resolve(EXPECTED);
    }

    /** The text inputs, in file name order, named as the user would name them. */
    public List<InputDocument> textInputs() {
        List<InputDocument> inputs = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                String fileName = file.getFileName().toString();
                if (!NOT_INPUT.contains(fileName)) {
                    inputs.add(new InputDocument(fileName, Files.readString(file, StandardCharsets.UTF_8)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return inputs;
    }
}
