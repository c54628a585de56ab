package dev.kubeadvisor.engine;

import java.util.AbstractMap;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * The values a finding gives its rule's placeholders, as an immutable map. A finding holds a handful of them and the
 * report looks each up once or twice, so they are kept in insertion order in two arrays and found by scanning: every
 * diagnosis rule that fires builds one, far cheaper than a hash map copied into an immutable one.
 */
final class PlaceholderValues extends AbstractMap<String, String> {

    private final String[] names;
    private final String[] values;

    private PlaceholderValues(String[] names, String[] values) {
        this.names = names;
        this.values = values;
    }

    @Override
    public String get(Object name) {
        int i = indexOf(name);
        return i < 0 ? null : values[i];
    }

    @Override
    public boolean containsKey(Object name) {
        return indexOf(name) >= 0;
    }

    @Override
    public int size() {
        return names.length;
    }

    /** The entries in insertion order; only equality and printing need them. */
    @Override
    public Set<Entry<String, String>> entrySet() {
        Set<Entry<String, String>> entries = new LinkedHashSet<>();
        for (int i = 0; i < names.length; i++) {
            entries.add(Map.entry(names[i], values[i]));
        }
        return Collections.unmodifiableSet(entries);
    }

    private int indexOf(Object name) {
        for (int i = 0; i < names.length; i++) {
            if (names[i].equals(name)) {
                return i;
            }
        }
        return -1;
    }

    /** Collects the values, a later value for the same name replacing the earlier one; none may be null. */
    static final class Collector {
        private String[] names = new String[8];
        private String[] values = new String[8];
        private int size;

        void put(String name, String value) {
            for (int i = 0; i < size; i++) {
                if (names[i].equals(name)) {
                    values[i] = value;
                    return;
                }
            }
            if (size == names.length) {
                names = Arrays.copyOf(names, size * 2);
                values = Arrays.copyOf(values, size * 2);
            }
            names[size] = name;
            values[size] = value;
            size++;
        }

        PlaceholderValues collected() {
            return new PlaceholderValues(Arrays.copyOf(names, size), Arrays.copyOf(values, size));
        }
    }
}
