package dev.kubeadvisor.parse.describe;

import dev.kubeadvisor.model.SourceLine;
import java.util.ArrayList;
import java.util.List;

/** The facts {@link PodDescribeParser} reads from a describe text given inline in a test. */
final class DescribeFacts {

    private DescribeFacts() {
    }

    static List<Object> of(String describe) {
        List<SourceLine> lines = new ArrayList<>();
        String[] raw = describe.split("\n");
        for (int i = 0; i < raw.length; i++) {
            lines.add(new SourceLine("describe.txt", i + 1, raw[i]));
        }
        List<Object> facts = new ArrayList<>();
        PodDescribeParser.parse(DescribeTree.parse(lines), facts::add);
        return facts;
    }

    static <T> List<T> all(List<Object> facts, Class<T> type) {
        return facts.stream().filter(type::isInstance).map(type::cast).toList();
    }
}
