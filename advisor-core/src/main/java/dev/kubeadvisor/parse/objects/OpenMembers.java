package dev.kubeadvisor.parse.objects;

import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The members read so far of the objects and arrays a reader has open, innermost last: a value is read in full
 * before its parent's next member, so one stack holds them all, and each closed object or array takes exactly its
 * own members off the top, without a map or a list per object.
 */
final class OpenMembers {

    /** Objects up to this size are checked for a repeated name pair by pair, larger ones through a hash map. */
    private static final int COMPARED_PAIRWISE = 16;

    private String[] names = new String[64];
    /** The hash of each name, so that telling names apart costs no call. */
    private int[] hashes = new int[64];
    private LocatedNode[] nodes = new LocatedNode[64];
    private int size;

    /** Where the members of an object or array opened now start. */
    int mark() {
        return size;
    }

    /** A field of the innermost open object. */
    void field(String name, LocatedNode value) {
        if (size == names.length) {
            names = Arrays.copyOf(names, size * 2);
            hashes = Arrays.copyOf(hashes, size * 2);
            nodes = Arrays.copyOf(nodes, size * 2);
        }
        if (name != null) {
            hashes[size] = name.hashCode();
        }
        names[size] = name;
        nodes[size++] = value;
    }

    /** An item of the innermost open array. */
    void item(LocatedNode item) {
        field(null, item);
    }

    /** True when the innermost open object, whose fields start at {@code from}, has a name twice. */
    boolean repeatsAName(int from) {
        if (size - from <= COMPARED_PAIRWISE) {
            for (int i = from + 1; i < size; i++) {
                int hash = hashes[i];
                for (int j = from; j < i; j++) {
                    if (hashes[j] == hash && names[j].equals(names[i])) {
                        return true;
                    }
                }
            }
            return false;
        }
        Map<String, Boolean> seen = new HashMap<>((size - from) * 2);
        for (int i = from; i < size; i++) {
            if (seen.put(names[i], Boolean.TRUE) != null) {
                return true;
            }
        }
        return false;
    }

    /**
     * Closes the object whose fields start at {@code from}. A name given twice keeps its first place and takes its
     * last value, as a map that puts each field in turn holds them.
     */
    LocatedNode object(int line, int from) {
        LocatedNode object;
        if (repeatsAName(from)) {
            Map<String, LocatedNode> fields = new LinkedHashMap<>();
            for (int i = from; i < size; i++) {
                fields.put(names[i], nodes[i]);
            }
            object = LocatedNode.object(line, fields);
        } else {
            object = distinct(line, from);
        }
        size = from;
        return object;
    }

    /** Closes the object whose fields start at {@code from}, or answers null (closing nothing) when a name repeats. */
    LocatedNode objectOfDistinctNames(int line, int from) {
        if (repeatsAName(from)) {
            return null;
        }
        LocatedNode object = distinct(line, from);
        size = from;
        return object;
    }

    private LocatedNode distinct(int line, int from) {
        return LocatedNode.object(line, Arrays.copyOfRange(names, from, size), Arrays.copyOfRange(nodes, from, size));
    }

    /** Closes the array whose items start at {@code from}. */
    LocatedNode array(int line, int from) {
        LocatedNode[] items = Arrays.copyOfRange(nodes, from, size);
        size = from;
        return LocatedNode.array(line, items);
    }
}
