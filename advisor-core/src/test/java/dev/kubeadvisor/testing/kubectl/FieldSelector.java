package dev.kubeadvisor.testing.kubectl;

import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;

/**
 * A {@code fieldSelector} such as {@code involvedObject.name=web,status.phase!=Failed}: terms joined by commas, each a
 * dotted JSON path, {@code =}, {@code ==} or {@code !=}, and a value in which {@code \,}, {@code \=} and {@code \\} are
 * escapes. A missing field reads as the empty string, as it does on a real API server.
 */
final class FieldSelector {

    private record Term(String path, boolean equal, String value) {

        boolean matches(JsonNode object) {
            return equal == value.equals(textAt(object, path));
        }
    }

    private final List<Term> terms;

    private FieldSelector(List<Term> terms) {
        this.terms = terms;
    }

    static FieldSelector parse(String selector) {
        var terms = new ArrayList<Term>();
        var term = new StringBuilder();
        for (int index = 0; index < selector.length(); index++) {
            char character = selector.charAt(index);
            if (character == '\\' && index + 1 < selector.length()) {
                term.append(character).append(selector.charAt(++index));
            } else if (character == ',') {
                terms.add(parseTerm(term.toString()));
                term.setLength(0);
            } else {
                term.append(character);
            }
        }
        if (!term.isEmpty()) {
            terms.add(parseTerm(term.toString()));
        }
        return new FieldSelector(terms);
    }

    boolean matches(JsonNode object) {
        return terms.stream().allMatch(term -> term.matches(object));
    }

    static String textAt(JsonNode object, String dottedPath) {
        JsonNode node = object;
        for (String name : dottedPath.split("\\.")) {
            node = node.path(name);
        }
        return node.isString() || node.isNumber() || node.isBoolean() ? node.asString() : "";
    }

    private static Term parseTerm(String term) {
        for (int index = 0; index < term.length(); index++) {
            char character = term.charAt(index);
            if (character == '\\') {
                index++;
            } else if (term.startsWith("!=", index) || term.startsWith("==", index)) {
                return new Term(term.substring(0, index).trim(), character == '=', unescape(term.substring(index + 2)));
            } else if (character == '=') {
                return new Term(term.substring(0, index).trim(), true, unescape(term.substring(index + 1)));
            }
        }
        throw new IllegalArgumentException("invalid field selector term: " + term);
    }

    private static String unescape(String value) {
        return value.replaceAll("\\\\(.)", "$1");
    }
}
