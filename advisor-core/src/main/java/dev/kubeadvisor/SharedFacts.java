package dev.kubeadvisor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The facts of several snapshots evaluated together. Facts are values: the same object read into two snapshots
 * gives equal facts, which are inserted once, so that rules neither fire twice for it nor count it twice. A fact
 * that one snapshot holds several times is kept as many times.
 */
final class SharedFacts {

    private SharedFacts() {
    }

    static List<Object> of(List<Snapshot> snapshots) {
        int total = 0;
        for (Snapshot snapshot : snapshots) {
            total += snapshot.facts().size();
        }
        List<Object> joined = new ArrayList<>(total);
        Map<Object, Tally> tallies = new HashMap<>(Math.max(16, total * 4 / 3 + 1));
        for (int i = 0; i < snapshots.size(); i++) {
            for (Object fact : snapshots.get(i).facts()) {
                if (tallies.computeIfAbsent(fact, f -> new Tally()).countIn(i)) {
                    joined.add(fact);
                }
            }
        }
        return joined;
    }

    /** How many times the snapshot being read holds a fact so far, and the most any snapshot held it. */
    private static final class Tally {
        private int snapshot = -1;
        private int count;
        private int joined;

        /** Counts the fact once more in snapshot {@code index}; true when that makes it held more times than before. */
        boolean countIn(int index) {
            if (snapshot != index) {
                snapshot = index;
                count = 0;
            }
            count++;
            if (count > joined) {
                joined = count;
                return true;
            }
            return false;
        }
    }
}
