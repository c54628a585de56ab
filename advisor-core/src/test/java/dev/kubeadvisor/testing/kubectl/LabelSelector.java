package dev.kubeadvisor.testing.kubectl;

import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A {@code labelSelector} as kubectl writes it from a {@code LabelSelector}: requirements joined by commas, each
 * {@code k=v}, {@code k==v}, {@code k!=v}, {@code k in (a,b)}, {@code k notin (a,b)}, {@code k} or {@code !k}.
 */
final class LabelSelector {

    private static final Pattern SET_BASED = Pattern.compile("(\\S+)\\s+(in|notin)\\s*\\((.*)\\)");
    private static final Pattern EQUALITY = Pattern.compile("([^!=\\s]+)\\s*(!=|==|=)\\s*(\\S*)");

    private final List<Predicate<JsonNode>> requirements;

    private LabelSelector(List<Predicate<JsonNode>> requirements) {
        this.requirements = requirements;
    }

    static LabelSelector parse(String selector) {
        var requirements = new ArrayList<Predicate<JsonNode>>();
        for (String requirement : splitOutsideParentheses(selector)) {
            if (!requirement.isBlank()) {
                requirements.add(parseRequirement(requirement.trim()));
            }
        }
        return new LabelSelector(requirements);
    }

    boolean matches(JsonNode object) {
        JsonNode labels = object.path("metadata").path("labels");
        return requirements.stream().allMatch(requirement -> requirement.test(labels));
    }

    private static Predicate<JsonNode> parseRequirement(String requirement) {
        Matcher setBased = SET_BASED.matcher(requirement);
        if (setBased.matches()) {
            String key = setBased.group(1);
            Set<String> values = Arrays.stream(setBased.group(3).split(","))
                    .map(String::trim)
                    .collect(Collectors.toSet());
            boolean in = setBased.group(2).equals("in");
            return labels -> labels.has(key) ? values.contains(labels.get(key).asString()) == in : !in;
        }
        Matcher equality = EQUALITY.matcher(requirement);
        if (equality.matches()) {
            String key = equality.group(1);
            String value = equality.group(3);
            boolean equal = !equality.group(2).equals("!=");
            return labels -> labels.has(key) ? labels.get(key).asString().equals(value) == equal : !equal;
        }
        if (requirement.startsWith("!")) {
            String key = requirement.substring(1).trim();
            return labels -> !labels.has(key);
        }
        if (requirement.matches("[^\\s!=(),]+")) {
            return labels -> labels.has(requirement);
        }
        throw new IllegalArgumentException("invalid label selector requirement: " + requirement);
    }

    private static List<String> splitOutsideParentheses(String selector) {
        var parts = new ArrayList<String>();
        int depth = 0;
        int start = 0;
        for (int index = 0; index < selector.length(); index++) {
            switch (selector.charAt(index)) {
                case '(' -> depth++;
                case ')' -> depth--;
                case ',' -> {
                    if (depth == 0) {
                        parts.add(selector.substring(start, index));
                        start = index + 1;
                    }
                }
                default -> {
                }
            }
        }
        parts.add(selector.substring(start));
        return parts;
    }
}
