package dev.kubeadvisor.engine;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/** Helps a person who mistyped a rule ID: the known IDs closest to what they wrote. */
public final class RuleIds {

    private static final int SUGGESTIONS = 3;

    private RuleIds() {
    }

    /**
     * Up to three known IDs that contain {@code id} (or are contained in it) or differ from it in at most a quarter
     * of its characters; those containing it first, then by edit distance.
     */
    public static List<String> closest(String id, Collection<String> known) {
        return known.stream()
                .filter(k -> contains(k, id) || distance(id, k) <= Math.max(2, id.length() / 4))
                .sorted(Comparator.comparingInt((String k) -> contains(k, id) ? 0 : 1)
                        .thenComparingInt(k -> distance(id, k)).thenComparing(k -> k))
                .limit(SUGGESTIONS).toList();
    }

    /** {@code "contaner-oom" (did you mean container-oom-killed, …?)}. */
    public static String unknown(String id, Collection<String> known) {
        List<String> closest = closest(id, known);
        return closest.isEmpty() ? id : id + " (did you mean " + String.join(", ", closest) + "?)";
    }

    private static boolean contains(String known, String id) {
        return known.contains(id) || id.contains(known);
    }

    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
