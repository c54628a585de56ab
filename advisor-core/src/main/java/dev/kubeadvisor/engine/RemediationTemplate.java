package dev.kubeadvisor.engine;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A remediation step as a rule's metadata writes it: {@code Read the log of the crashed run: `kubectl logs {pod}
 * --previous -n {namespace}`}. The command is the text between the last pair of backticks; placeholders in braces
 * are filled from the finding's values.
 */
public record RemediationTemplate(String step, String command) {

    private static final Pattern COMMAND = Pattern.compile("^(.*?)[:\\s]*`([^`]+)`\\s*\\.?$", Pattern.DOTALL);

    public static RemediationTemplate parse(String text) {
        Matcher m = COMMAND.matcher(text.strip());
        return m.matches() ? new RemediationTemplate(m.group(1).strip(), m.group(2).strip())
                : new RemediationTemplate(text.strip(), null);
    }

    public String fillStep(Map<String, String> values) {
        return fill(step, values);
    }

    public String fillCommand(Map<String, String> values) {
        return command == null ? null : fill(command, values);
    }

    /**
     * Replaces every {@code {name}} (a letter, then letters and digits) that has a value; unknown placeholders stay
     * visible. Every diagnosis of a report fills its texts, so this is a scan for braces rather than a regex.
     */
    public static String fill(String template, Map<String, String> values) {
        StringBuilder out = null;
        int copied = 0;
        for (int open = template.indexOf('{'); open >= 0; open = template.indexOf('{', open + 1)) {
            int close = placeholderEnd(template, open);
            String value = close < 0 ? null : values.get(template.substring(open + 1, close));
            if (value != null) {
                if (out == null) {
                    out = new StringBuilder(template.length() + 32);
                }
                out.append(template, copied, open).append(value);
                copied = close + 1;
                open = close;
            }
        }
        return out == null ? template : out.append(template, copied, template.length()).toString();
    }

    /** Where the placeholder opened at {@code open} closes, or -1 when no name in braces starts there. */
    private static int placeholderEnd(String template, int open) {
        int i = open + 1;
        if (i >= template.length() || !isAsciiLetter(template.charAt(i))) {
            return -1;
        }
        while (i < template.length() && (isAsciiLetter(template.charAt(i)) || isDigit(template.charAt(i)))) {
            i++;
        }
        return i < template.length() && template.charAt(i) == '}' ? i : -1;
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
