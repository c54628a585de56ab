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
     * visible. To fill the same text many times, split it once with {@link PlaceholderText#of}.
     */
    public static String fill(String template, Map<String, String> values) {
        return PlaceholderText.of(template).fill(values);
    }
}
