package dev.kubeadvisor.golden;

import dev.kubeadvisor.report.Diagnosis;
import dev.kubeadvisor.report.Evidence;
import dev.kubeadvisor.report.Report;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Compares a report with an {@code expected.json}: the set of (rule, subject, container) triples must be exactly
 * the same (no {@code container} means the diagnosis is about the whole object); {@code symptomOf},
 * {@code confidence}, {@code severity}, {@code evidenceLines} and {@code verdict} are compared only where the file
 * states them.
 */
public final class ExpectedDiagnoses {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final List<String> OPTIONAL_FIELDS = List.of("symptomOf", "confidence", "severity");

    private final JsonNode expected;

    private ExpectedDiagnoses(JsonNode expected) {
        this.expected = expected;
    }

    public static ExpectedDiagnoses read(Path file) throws IOException {
        return new ExpectedDiagnoses(JSON.readTree(Files.readString(file)));
    }

    /** Every difference, one per line; empty when the report matches. */
    public List<String> differences(Report report) {
        List<String> problems = new ArrayList<>();
        Map<String, Diagnosis> actual = new LinkedHashMap<>();
        report.diagnoses().forEach(d -> actual.put(key(d.rule(), d.subject(), d.container()), d));
        Map<String, JsonNode> wanted = new LinkedHashMap<>();
        for (JsonNode node : expected.path("diagnoses")) {
            String container = node.has("container") && !node.get("container").isNull()
                    ? node.get("container").asString() : null;
            String key = key(node.path("rule").asString(), node.path("subject").asString(), container);
            wanted.put(key, node);
        }
        wanted.forEach((key, node) -> {
            Diagnosis diagnosis = actual.get(key);
            if (diagnosis == null) {
                problems.add("missing: " + key);
                return;
            }
            for (String field : OPTIONAL_FIELDS) {
                if (node.has(field)) {
                    String want = node.get(field).isNull() ? null : node.get(field).asString();
                    String got = field(diagnosis, field);
                    if (!Objects.equals(want, got)) {
                        problems.add(key + ": " + field + " is " + got + ", expected " + want);
                    }
                }
            }
            if (node.has("evidenceLines")) {
                List<Integer> want = new ArrayList<>();
                node.get("evidenceLines").forEach(n -> want.add(n.asInt()));
                List<Integer> got = diagnosis.evidence().stream().map(Evidence::line).toList();
                if (!want.equals(got)) {
                    problems.add(key + ": evidence lines are " + got + ", expected " + want);
                }
            }
        });
        actual.keySet().stream().filter(k -> !wanted.containsKey(k)).forEach(k -> problems.add("unexpected: " + k));
        if (expected.has("verdict") && !expected.get("verdict").asString().equals(report.verdict())) {
            problems.add("verdict is " + report.verdict() + ", expected " + expected.get("verdict").asString());
        }
        return problems;
    }

    /** The expected file for a report, as {@code -Dgolden.update=true} writes it. */
    public static String describe(Report report) {
        ObjectNode root = JSON.createObjectNode();
        root.put("verdict", report.verdict());
        ArrayNode diagnoses = root.putArray("diagnoses");
        for (Diagnosis d : report.diagnoses()) {
            ObjectNode node = diagnoses.addObject();
            node.put("rule", d.rule());
            node.put("subject", d.subject());
            if (d.container() != null) {
                node.put("container", d.container());
            }
            node.put("symptomOf", d.symptomOf());
            node.put("confidence", d.confidence());
            ArrayNode lines = node.putArray("evidenceLines");
            d.evidence().forEach(e -> lines.add(e.line()));
        }
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
    }

    private static String field(Diagnosis diagnosis, String field) {
        return switch (field) {
            case "symptomOf" -> diagnosis.symptomOf();
            case "confidence" -> diagnosis.confidence();
            default -> diagnosis.severity();
        };
    }

    private static String key(String rule, String subject, String container) {
        return rule + " " + subject + " [" + (container == null ? "" : container) + "]";
    }
}
