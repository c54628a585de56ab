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
        List<Object> joined = new ArrayList<>();
        Map<Object, Integer> joinedCounts = new HashMap<>();
        for (Snapshot snapshot : snapshots) {
            Map<Object, Integer> counts = new HashMap<>();
            for (Object fact : snapshot.facts()) {
                int count = counts.merge(fact, 1, Integer::sum);
                if (count > joinedCounts.getOrDefault(fact, 0)) {
                    joinedCounts.put(fact, count);
                    joined.add(fact);
                }
            }
        }
        return joined;
    }
}
