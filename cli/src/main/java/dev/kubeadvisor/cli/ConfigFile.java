package dev.kubeadvisor.cli;

import dev.kubeadvisor.DiagnoseOptions;
import dev.kubeadvisor.engine.Severity;
import dev.kubeadvisor.input.InputException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * {@code .kube-advisor.yaml}: {@code exclude: [rule IDs]} and {@code severity: {rule ID: info}}. Unknown keys are
 * errors, so a typo never silently does nothing.
 */
record ConfigFile(Path path, List<String> exclude, Map<String, Severity> severity) {

    static final String NAME = ".kube-advisor.yaml";
    private static final String KEYS = "(the keys are exclude: [rule IDs] and severity: {rule ID: critical|warning|info})";
    private static final YAMLMapper YAML = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    static ConfigFile read(Path path) {
        Contents contents;
        try {
            contents = YAML.readValue(path.toFile(), Contents.class);
        } catch (UnrecognizedPropertyException e) {
            throw new InputException(path + ": unknown key '" + e.getPropertyName() + "' " + KEYS);
        } catch (JacksonException e) {
            throw new InputException(path + ": " + e.getOriginalMessage().lines().findFirst().orElse("") + " " + KEYS);
        }
        if (contents == null) {
            return new ConfigFile(path, List.of(), Map.of());
        }
        Map<String, Severity> severity = new LinkedHashMap<>();
        (contents.severity() == null ? Map.<String, String>of() : contents.severity()).forEach((rule, level) -> {
            try {
                severity.put(rule, Severity.parse(level));
            } catch (IllegalArgumentException e) {
                throw new InputException(path + ": severity of " + rule + " is '" + level
                        + "'; use critical, warning or info");
            }
        });
        return new ConfigFile(path, contents.exclude() == null ? List.of() : contents.exclude(), severity);
    }

    DiagnoseOptions applyTo(DiagnoseOptions options) {
        DiagnoseOptions result = options.exclude(exclude, "excluded in " + path);
        for (Map.Entry<String, Severity> entry : severity.entrySet()) {
            result = result.severity(entry.getKey(), entry.getValue(), path.toString());
        }
        return result;
    }

    /** The file as YAML holds it. */
    record Contents(List<String> exclude, Map<String, String> severity) {
    }
}
