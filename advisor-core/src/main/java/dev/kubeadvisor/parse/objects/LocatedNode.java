package dev.kubeadvisor.parse.objects;

import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * A value of a JSON or YAML document with where it sits: {@code line} is the 1-based line of the document that holds
 * its key (or, for an array element or a root, where the value starts); a scalar also knows the line and column its
 * value starts at. A field that is absent reads as {@link #MISSING}, so lookups chain without null checks.
 */
final class LocatedNode {

    enum Type { OBJECT, ARRAY, STRING, NUMBER, BOOLEAN, NULL, MISSING }

    static final LocatedNode MISSING = new LocatedNode(Type.MISSING, null, 0, 0, 0, Map.of(), List.of());

    private final Type type;
    private final String scalar;
    private final int line;
    private final int valueLine;
    private final int valueColumn;
    private final Map<String, LocatedNode> fields;
    private final List<LocatedNode> items;

    private LocatedNode(Type type, String scalar, int line, int valueLine, int valueColumn,
                        Map<String, LocatedNode> fields, List<LocatedNode> items) {
        this.type = type;
        this.scalar = scalar;
        this.line = line;
        this.valueLine = valueLine;
        this.valueColumn = valueColumn;
        this.fields = fields;
        this.items = items;
    }

    static LocatedNode object(int line, Map<String, LocatedNode> fields) {
        return new LocatedNode(Type.OBJECT, null, line, line, 0, Collections.unmodifiableMap(fields), List.of());
    }

    static LocatedNode array(int line, List<LocatedNode> items) {
        return new LocatedNode(Type.ARRAY, null, line, line, 0, Map.of(), Collections.unmodifiableList(items));
    }

    static LocatedNode scalar(Type type, String text, int line, int valueLine, int valueColumn) {
        return new LocatedNode(type, text, line, valueLine, valueColumn, Map.of(), List.of());
    }

    Type type() {
        return type;
    }

    LocatedNode get(String name) {
        LocatedNode field = fields.get(name);
        return field == null ? MISSING : field;
    }

    /** The value at a path of field names, or {@link #MISSING}. */
    LocatedNode path(String... names) {
        LocatedNode node = this;
        for (String name : names) {
            node = node.get(name);
        }
        return node;
    }

    List<LocatedNode> items() {
        return items;
    }

    Map<String, LocatedNode> fields() {
        return fields;
    }

    boolean has(String name) {
        return fields.containsKey(name) && fields.get(name).type != Type.NULL;
    }

    boolean isObject() {
        return type == Type.OBJECT;
    }

    boolean isArray() {
        return type == Type.ARRAY;
    }

    boolean isPresent() {
        return type != Type.MISSING && type != Type.NULL;
    }

    /** The scalar as written (a number keeps its form, {@code 0.5} stays {@code 0.5}); null for anything else. */
    String text() {
        return type == Type.STRING || type == Type.NUMBER || type == Type.BOOLEAN ? scalar : null;
    }

    /** The text, or null when it is absent or empty: kubectl prints nothing for an empty string. */
    String nonEmptyText() {
        String text = text();
        return text == null || text.isEmpty() ? null : text;
    }

    /** A whole number, written as a number or a string of digits; null otherwise. */
    Integer integer() {
        String text = text();
        return text != null && isSmallWholeNumber(text) ? Integer.valueOf(text) : null;
    }

    /** An optional minus and 1 to 9 digits: always fits an int. */
    private static boolean isSmallWholeNumber(String text) {
        int first = text.startsWith("-") ? 1 : 0;
        int digits = text.length() - first;
        if (digits < 1 || digits > 9) {
            return false;
        }
        for (int i = first; i < text.length(); i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /** {@code true} or {@code false}, written as a boolean or a string; null otherwise. */
    Boolean bool() {
        String text = text();
        return "true".equals(text) || "false".equals(text) ? Boolean.valueOf(text) : null;
    }

    int line() {
        return line;
    }

    int valueLine() {
        return valueLine;
    }

    int valueColumn() {
        return valueColumn;
    }
}
