package dev.kubeadvisor.cli;

import dev.kubeadvisor.DiagnoseOptions;
import dev.kubeadvisor.input.InputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * {@code --exclude ID…} and {@code --config FILE}: rules to leave out and severities to change, from the command
 * line and from {@code .kube-advisor.yaml} (given, or found in the working directory).
 */
final class SuppressionOptions {

    @Option(names = "--exclude", paramLabel = "ID", split = ",",
            description = "leave out these rules' diagnoses (repeatable or comma-separated); the report lists them")
    private List<String> excluded = new ArrayList<>();

    @Option(names = "--config", paramLabel = "FILE",
            description = "settings file (default: " + ConfigFile.NAME + " in the working directory, if there is one)")
    private Path config;

    DiagnoseOptions options(Path workingDirectory) {
        DiagnoseOptions options = DiagnoseOptions.none().exclude(excluded, "excluded with --exclude");
        Path file = config != null ? config : workingDirectory.resolve(ConfigFile.NAME);
        if (config != null && !Files.isRegularFile(config)) {
            throw new InputException(config + ": no such file");
        }
        return Files.isRegularFile(file) ? ConfigFile.read(file).applyTo(options) : options;
    }
}
