package dev.kubeadvisor.parse.describe;

import dev.kubeadvisor.model.Quantity;
import dev.kubeadvisor.parse.table.RegexSpace;

/** A node table cell {@code 500m (12%)}: a quantity and, except for extended resources, its percentage. */
record QuantityCell(Quantity quantity, Integer percent) {

    private static final QuantityCell UNKNOWN = new QuantityCell(null, null);
    private static final int MAX_PERCENT_DIGITS = 9;

    /** The cell as the regex {@code ^(\S+)(?:\s+\((\d{1,9})%\))?$} read it, without the regex: one per table cell. */
    static QuantityCell parse(String cell) {
        String text = cell.strip();
        int space = RegexSpace.indexIn(text, 0);
        if (space < 0) {
            return text.isEmpty() ? UNKNOWN : new QuantityCell(Quantity.parse(text), null);
        }
        int open = space;
        while (open < text.length() && RegexSpace.is(text.charAt(open))) {
            open++;
        }
        int digits = open + 1;
        int percentSign = digits;
        while (percentSign < text.length() && text.charAt(percentSign) >= '0' && text.charAt(percentSign) <= '9') {
            percentSign++;
        }
        boolean percentage = text.startsWith("(", open) && percentSign > digits
                && percentSign - digits <= MAX_PERCENT_DIGITS && text.startsWith("%)", percentSign)
                && percentSign + 2 == text.length();
        if (!percentage) {
            return UNKNOWN;
        }
        return new QuantityCell(Quantity.parse(text.substring(0, space)),
                Integer.valueOf(text.substring(digits, percentSign)));
    }
}
