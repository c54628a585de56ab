package dev.kubeadvisor.parse.describe;

import dev.kubeadvisor.parse.table.RegexSpace;
import java.util.List;

/**
 * A row of a node's {@code Conditions:} table: type, status, two times, a one-word reason, then the message, readable
 * whatever the spacing of a paste. What the regex
 * {@code ^(\S+)\s+(\S+)\s+(TIME)\s+(TIME)\s+(\S+)\s+(.*)$} read, read by hand: every part of the row is found by
 * the one before it, so there is nothing to try twice.
 */
final class NodeConditionRow {

    /** {@code Thu, 26 Nov 2026 11:01:35 +0000}: {@code A} an upper-case letter, {@code a} lower case, {@code 9} a digit. */
    private static final String TIME_SHAPE = "Aaa, 99 Aaa 9999 99:99:99 ±9999";

    private NodeConditionRow() {
    }

    /** The six cells of a stripped row, or {@code null} when it does not have this shape. */
    static List<String> cells(String row) {
        int typeEnd = RegexSpace.indexIn(row, 0);
        if (typeEnd <= 0) {
            return null;
        }
        int status = afterSpaces(row, typeEnd);
        int statusEnd = RegexSpace.indexIn(row, status);
        if (statusEnd < 0) {
            return null;
        }
        int heartbeat = afterSpaces(row, statusEnd);
        int transition = afterTime(row, heartbeat);
        int reason = transition < 0 ? -1 : afterTime(row, transition);
        if (reason < 0) {
            return null;
        }
        int reasonEnd = RegexSpace.indexIn(row, reason);
        if (reasonEnd < 0) {
            return null;
        }
        int message = afterSpaces(row, reasonEnd);
        for (int i = message; i < row.length(); i++) {
            if (isLineTerminator(row.charAt(i))) {
                return null;
            }
        }
        return List.of(row.substring(0, typeEnd), row.substring(status, statusEnd),
                row.substring(heartbeat, heartbeat + TIME_SHAPE.length()),
                row.substring(transition, transition + TIME_SHAPE.length()), row.substring(reason, reasonEnd),
                row.substring(message));
    }

    /** Where the next part starts after a time at {@code at} and the spaces after it, or -1 when there is none. */
    private static int afterTime(String row, int at) {
        int end = at + TIME_SHAPE.length();
        if (end >= row.length() || !RegexSpace.is(row.charAt(end))) {
            return -1;
        }
        for (int i = 0; i < TIME_SHAPE.length(); i++) {
            if (!fits(row.charAt(at + i), TIME_SHAPE.charAt(i))) {
                return -1;
            }
        }
        return afterSpaces(row, end);
    }

    private static boolean fits(char c, char shape) {
        return switch (shape) {
            case 'A' -> c >= 'A' && c <= 'Z';
            case 'a' -> c >= 'a' && c <= 'z';
            case '9' -> c >= '0' && c <= '9';
            case '±' -> c == '+' || c == '-';
            default -> c == shape;
        };
    }

    /** What a regex's {@code .} does not match: line feed, carriage return, U+0085, U+2028 and U+2029. */
    private static boolean isLineTerminator(char c) {
        return c <= '\r' ? c == '\n' || c == '\r' : c >= '\u0085' && (c == '\u0085' || c == '\u2028' || c == '\u2029');
    }

    private static int afterSpaces(String row, int from) {
        int i = from;
        while (i < row.length() && RegexSpace.is(row.charAt(i))) {
            i++;
        }
        return i;
    }
}
