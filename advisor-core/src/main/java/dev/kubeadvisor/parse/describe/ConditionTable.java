package dev.kubeadvisor.parse.describe;

import dev.kubeadvisor.model.ObjectCondition;
import dev.kubeadvisor.model.ObjectRef;
import dev.kubeadvisor.parse.table.StrippedRange;
import java.util.List;
import java.util.function.Consumer;

/**
 * A workload's or claim's {@code Conditions:} table: {@code Type  Status  Reason} for Deployments and ReplicaSets,
 * {@code Type  Status  LastProbeTime  LastTransitionTime  Reason  Message} for claims. Columns are found by their
 * header; rows without a header are read as Type, Status, Reason.
 */
final class ConditionTable {

    private static final String TYPE_COLUMN = "Type ";
    private static final AlignedTable DEFAULT_HEADER = new AlignedTable("Type  Status  Reason");

    private ConditionTable() {
    }

    static void read(DescribeTree tree, ObjectRef owner, Consumer<Object> facts) {
        DescribeNode section = tree.root("Conditions");
        if (section == null) {
            return;
        }
        section.markUsed();
        AlignedTable table = DEFAULT_HEADER;
        for (DescribeNode row : section.children()) {
            String text = row.source().text();
            if (startsWithTypeColumn(text)) {
                table = new AlignedTable(text);
                row.markUsed();
                continue;
            }
            if (AlignedTable.isRule(text)) {
                row.markUsed();
                continue;
            }
            List<String> cells = table.cells(text);
            String type = cell(table, cells, "Type");
            String status = cell(table, cells, "Status");
            if (type != null && status != null) {
                row.markTreeUsed();
                facts.accept(new ObjectCondition(owner, type, status, cell(table, cells, "Reason"),
                        cell(table, cells, "Message"), row.source()));
            }
        }
    }

    /** {@code text.strip().startsWith("Type ")}, without copying the line. */
    private static boolean startsWithTypeColumn(String text) {
        int from = StrippedRange.from(text, 0, text.length());
        return text.startsWith(TYPE_COLUMN, from)
                && StrippedRange.to(text, from, text.length()) - from >= TYPE_COLUMN.length();
    }

    private static String cell(AlignedTable table, List<String> cells, String column) {
        int index = table.names().indexOf(column);
        if (index < 0 || index >= cells.size() || cells.get(index).isEmpty()) {
            return null;
        }
        return cells.get(index);
    }
}
