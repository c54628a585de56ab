package dev.kubeadvisor.parse.describe;

import dev.kubeadvisor.model.Quantity;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A node table cell {@code 500m (12%)}: a quantity and, except for extended resources, its percentage. */
record QuantityCell(Quantity quantity, Integer percent) {

    private static final Pattern CELL = Pattern.compile("^(\\S+)(?:\\s+\\((\\d{1,9})%\\))?$");
    private static final QuantityCell UNKNOWN = new QuantityCell(null, null);

    static QuantityCell parse(String cell) {
        Matcher m = CELL.matcher(cell.strip());
        if (!m.matches()) {
            return UNKNOWN;
        }
        return new QuantityCell(Quantity.parse(m.group(1)), m.group(2) == null ? null : Integer.valueOf(m.group(2)));
    }
}
