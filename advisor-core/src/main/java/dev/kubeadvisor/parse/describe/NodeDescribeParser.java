package dev.kubeadvisor.parse.describe;

import dev.kubeadvisor.model.NodeAllocation;
import dev.kubeadvisor.model.NodeCondition;
import dev.kubeadvisor.model.NodeInfo;
import dev.kubeadvisor.model.NodePod;
import dev.kubeadvisor.model.NodeResource;
import dev.kubeadvisor.model.NodeTaint;
import dev.kubeadvisor.model.ObjectRef;
import dev.kubeadvisor.model.Quantity;
import dev.kubeadvisor.model.SourceLine;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/** Turns one {@code kubectl describe node} document into fact records. */
final class NodeDescribeParser {

    private static final Set<String> INFORMATIONAL_FIELDS = Set.of("Addresses", "PodCIDR", "PodCIDRs", "ProviderID",
            "Node-Local ResourceSlices");
    private static final String LEASE_FAILURE = "Failed to get lease:";

    private NodeDescribeParser() {
    }

    static ObjectRef describe(DescribeTree tree, Consumer<Object> facts) {
        ObjectRef node = new ObjectRef("Node", null, tree.rootValue("Name"));
        DescribeNode lease = tree.root("Lease");
        String leaseValue = lease == null ? null : lease.markTreeUsed().value();
        boolean leaseFailed = leaseValue != null && leaseValue.startsWith(LEASE_FAILURE);
        DescribeNode systemInfo = tree.root("System Info");
        facts.accept(new NodeInfo(node, tree.rootValue("Roles"), DescribedFields.bool(tree.rootValue("Unschedulable")),
                lease == null ? null : lease.childValue("HolderIdentity"),
                lease == null ? null : lease.childValue("RenewTime"),
                leaseFailed ? leaseValue.substring(LEASE_FAILURE.length()).strip() : null,
                systemInfo == null ? null : systemInfo.childValue("Kubelet Version"),
                systemInfo == null ? null : systemInfo.childValue("Container Runtime Version"),
                DescribedFields.line(tree, "Name"), DescribedFields.line(tree, "Unschedulable"),
                lease == null ? null : lease.source()));
        if (systemInfo != null) {
            systemInfo.markTreeUsed();
        }
        taints(tree, node, facts);
        conditions(tree, node, facts);
        resources(tree, node, facts);
        pods(tree, node, facts);
        allocations(tree, node, facts);
        DescribedFields.finish(tree, node, INFORMATIONAL_FIELDS, facts);
        return node;
    }

    private static void taints(DescribeTree tree, ObjectRef node, Consumer<Object> facts) {
        DescribeNode taints = tree.root("Taints");
        if (taints == null) {
            return;
        }
        taints.markTreeUsed();
        taint(node, taints.value(), taints.source(), facts);
        for (DescribeNode more : taints.children()) {
            taint(node, more.text(), more.source(), facts);
        }
    }

    /** {@code key[=value]:Effect}; the key may hold colons of its own, the effect never does. */
    private static void taint(ObjectRef node, String text, SourceLine line, Consumer<Object> facts) {
        int effect = text == null ? -1 : text.lastIndexOf(':');
        if (effect <= 0) {
            return;
        }
        String keyAndValue = text.substring(0, effect);
        int equals = keyAndValue.indexOf('=');
        facts.accept(new NodeTaint(node, equals < 0 ? keyAndValue : keyAndValue.substring(0, equals),
                equals < 0 ? null : keyAndValue.substring(equals + 1), text.substring(effect + 1), line));
    }

    private static void conditions(DescribeTree tree, ObjectRef node, Consumer<Object> facts) {
        forEachRow(tree, "Conditions", (table, row) -> {
            List<String> cells = NodeConditionRow.cells(row.source().text().strip());
            if (cells == null) {
                cells = table.cells(row.source().text());
            }
            if (cells.size() >= 2) {
                row.markTreeUsed();
                facts.accept(new NodeCondition(node, cells.get(0), cells.get(1), cell(cells, 2), cell(cells, 3),
                        cell(cells, 4), cell(cells, 5), row.source()));
            }
        });
    }

    private static void resources(DescribeTree tree, ObjectRef node, Consumer<Object> facts) {
        Map<String, DescribeNode> capacity = quantities(tree.root("Capacity"));
        Map<String, DescribeNode> allocatable = quantities(tree.root("Allocatable"));
        List<String> names = new ArrayList<>(capacity.keySet());
        for (String name : allocatable.keySet()) {
            if (!capacity.containsKey(name)) {
                names.add(name);
            }
        }
        for (String name : names) {
            DescribeNode total = capacity.get(name);
            DescribeNode free = allocatable.get(name);
            facts.accept(new NodeResource(node, name, total == null ? null : Quantity.parse(total.value()),
                    free == null ? null : Quantity.parse(free.value()), total == null ? null : total.source(),
                    free == null ? null : free.source()));
        }
    }

    private static Map<String, DescribeNode> quantities(DescribeNode section) {
        Map<String, DescribeNode> byName = new LinkedHashMap<>();
        if (section != null) {
            section.markTreeUsed();
            for (DescribeNode child : section.children()) {
                if (child.key() != null) {
                    byName.put(child.key(), child);
                }
            }
        }
        return byName;
    }

    private static void pods(DescribeTree tree, ObjectRef node, Consumer<Object> facts) {
        forEachRow(tree, "Non-terminated Pods", (table, row) -> {
            List<String> cells = table.cells(row.source().text());
            if (cells.size() < 7) {
                return;
            }
            row.markTreeUsed();
            QuantityCell cpuRequests = QuantityCell.parse(cells.get(2));
            QuantityCell cpuLimits = QuantityCell.parse(cells.get(3));
            QuantityCell memoryRequests = QuantityCell.parse(cells.get(4));
            QuantityCell memoryLimits = QuantityCell.parse(cells.get(5));
            facts.accept(new NodePod(node, ObjectRef.pod(cells.get(0), cells.get(1)),
                    cpuRequests.quantity(), cpuRequests.percent(), cpuLimits.quantity(), cpuLimits.percent(),
                    memoryRequests.quantity(), memoryRequests.percent(), memoryLimits.quantity(),
                    memoryLimits.percent(), cell(cells, 6), row.source()));
        });
    }

    private static void allocations(DescribeTree tree, ObjectRef node, Consumer<Object> facts) {
        forEachRow(tree, "Allocated resources", (table, row) -> {
            List<String> cells = table.cells(row.source().text());
            if (cells.size() < 3) {
                return;
            }
            row.markTreeUsed();
            QuantityCell requests = QuantityCell.parse(cells.get(1));
            QuantityCell limits = QuantityCell.parse(cells.get(2));
            facts.accept(new NodeAllocation(node, cells.get(0), requests.quantity(), requests.percent(),
                    limits.quantity(), limits.percent(), row.source()));
        });
    }

    private interface RowReader {
        void read(AlignedTable table, DescribeNode row);
    }

    /**
     * The rows under the header of table {@code key}; the header, the dashed rule and the overcommit remark before the header are
     * understood. Without a header there is nothing to read the rows by: they are left unused.
     */
    private static void forEachRow(DescribeTree tree, String key, RowReader reader) {
        DescribeNode section = tree.root(key);
        if (section == null) {
            return;
        }
        section.markUsed();
        AlignedTable table = null;
        for (DescribeNode row : section.children()) {
            String text = row.source().text();
            if (table == null) {
                String first = text.strip();
                if (first.startsWith("Type") || first.startsWith("Namespace") || first.startsWith("Resource")) {
                    table = new AlignedTable(text);
                    row.markUsed();
                } else if (first.startsWith("(")) {
                    row.markUsed();
                }
            } else if (AlignedTable.isRule(text)) {
                row.markUsed();
            } else {
                reader.read(table, row);
            }
        }
    }

    private static String cell(List<String> cells, int index) {
        if (index >= cells.size() || cells.get(index).isEmpty()) {
            return null;
        }
        return cells.get(index);
    }
}
