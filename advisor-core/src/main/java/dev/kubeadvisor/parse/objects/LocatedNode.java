package dev.kubeadvisor.parse.objects;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * A value of a JSON or YAML document with where it sits: {@code line} is the 1-based line of the document that holds
 * its key (or, for an array element or a root, where the value starts); a scalar also knows the line and column its
 * value starts at. A field that is absent reads as {@link #MISSING}, so lookups chain without null checks.
 *
 * <p>An object keeps its field names and values side by side, in document order, each name once: a Kubernetes
 * object has a handful of fields, which a lookup finds faster along the names than through a hash map; a large one
 * (labels, a ConfigMap's data) gets a hash index on its first lookup.
 */
final class LocatedNode {

    enum Type { OBJECT, ARRAY, STRING, NUMBER, BOOLEAN, NULL, MISSING }

    private static final String[] NO_NAMES = {};
    private static final LocatedNode[] NO_NODES = {};
    /** Objects with more fields than this are looked up through an index. */
    private static final int SCANNED_FIELDS = 16;

    static final LocatedNode MISSING = new LocatedNode(Type.MISSING, null, 0, 0, 0, NO_NAMES, NO_NODES);

    private final Type type;
    private final String scalar;
    private final int line;
    private final int valueLine;
    private final int valueColumn;
    /** An object's field names; empty for anything else. */
    private final String[] names;
    /** An object's field values, or an array's items. */
    private final LocatedNode[] children;
    private Map<String, Integer> index;
    private List<LocatedNode> items;
    private Map<String, LocatedNode> fields;

    private LocatedNode(Type type, String scalar, int line, int valueLine, int valueColumn, String[] names,
                        LocatedNode[] children) {
        this.type = type;
        this.scalar = scalar;
        this.line = line;
        this.valueLine = valueLine;
        this.valueColumn = valueColumn;
        this.names = names;
        this.children = children;
    }

    static LocatedNode object(int line, Map<String, LocatedNode> fields) {
        return object(line, fields.keySet().toArray(NO_NAMES), fields.values().toArray(NO_NODES));
    }

    /** An object of distinct names, each with the value at the same place of {@code values}. */
    static LocatedNode object(int line, String[] names, LocatedNode[] values) {
        return new LocatedNode(Type.OBJECT, null, line, line, 0, names, values);
    }

    static LocatedNode array(int line, List<LocatedNode> items) {
        return array(line, items.toArray(NO_NODES));
    }

    static LocatedNode array(int line, LocatedNode[] items) {
        return new LocatedNode(Type.ARRAY, null, line, line, 0, NO_NAMES, items);
    }

    static LocatedNode scalar(Type type, String text, int line, int valueLine, int valueColumn) {
        return new LocatedNode(type, text, line, valueLine, valueColumn, NO_NAMES, NO_NODES);
    }

    Type type() {
        return type;
    }

    LocatedNode get(String name) {
        String[] names = this.names;
        if (names.length > SCANNED_FIELDS) {
            Integer at = index().get(name);
            return at == null ? MISSING : children[at];
        }
        int hash = name.hashCode();
        for (int i = 0; i < names.length; i++) {
            String candidate = names[i];
            if (candidate == name || candidate.hashCode() == hash && candidate.equals(name)) {
                return children[i];
            }
        }
        return MISSING;
    }

    private Map<String, Integer> index() {
        if (index == null) {
            Map<String, Integer> built = new HashMap<>(names.length * 2);
            for (int i = 0; i < names.length; i++) {
                built.put(names[i], i);
            }
            index = built;
        }
        return index;
    }

    /** The value at a path of field names, or {@link #MISSING}. */
    LocatedNode path(String... names) {
        LocatedNode node = this;
        for (String name : names) {
            node = node.get(name);
        }
        return node;
    }

    /** The path of two field names, without an array for them. */
    LocatedNode path(String first, String second) {
        return get(first).get(second);
    }

    List<LocatedNode> items() {
        if (type != Type.ARRAY) {
            return List.of();
        }
        if (items == null) {
            items = Collections.unmodifiableList(Arrays.asList(children));
        }
        return items;
    }

    /** The fields in document order, as an unmodifiable map. */
    Map<String, LocatedNode> fields() {
        if (type != Type.OBJECT) {
            return Map.of();
        }
        if (fields == null) {
            fields = new Fields();
        }
        return fields;
    }

    boolean has(String name) {
        return get(name).isPresent();
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

    /** An object's names and values seen as a map. */
    private final class Fields extends AbstractMap<String, LocatedNode> {

        @Override
        public int size() {
            return names.length;
        }

        @Override
        public LocatedNode get(Object key) {
            LocatedNode value = key instanceof String name ? LocatedNode.this.get(name) : MISSING;
            return value == MISSING ? null : value;
        }

        @Override
        public boolean containsKey(Object key) {
            return get(key) != null;
        }

        @Override
        public void forEach(BiConsumer<? super String, ? super LocatedNode> action) {
            for (int i = 0; i < names.length; i++) {
                action.accept(names[i], children[i]);
            }
        }

        @Override
        public Set<Entry<String, LocatedNode>> entrySet() {
            return new AbstractSet<>() {
                @Override
                public int size() {
                    return names.length;
                }

                @Override
                public Iterator<Entry<String, LocatedNode>> iterator() {
                    return new Iterator<>() {
                        private int next;

                        @Override
                        public boolean hasNext() {
                            return next < names.length;
                        }

                        @Override
                        public Entry<String, LocatedNode> next() {
                            if (next >= names.length) {
                                throw new NoSuchElementException();
                            }
                            Entry<String, LocatedNode> entry = Map.entry(names[next], children[next]);
                            next++;
                            return entry;
                        }
                    };
                }
            };
        }
    }
}
