package dev.kubeadvisor.input;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A pasted shell command line such as {@code $ kubectl get events -n shop} or {@code user@host:~$ kubectl logs web
 * --previous}: it names what the output below it is, and where it comes from.
 */
public record PromptLine(String verb, String resource, String name, String namespace, boolean allNamespaces) {

    private static final Pattern COMMAND = Pattern.compile("^\\s*(?:\\S{0,200}?[$#%>] |PS [^>]{0,200}> )?kubectl\\s+(.*)$");
    private static final Set<String> FLAGS_WITH_VALUE = Set.of("-n", "--namespace", "-o", "--output", "-c",
            "--container", "-l", "--selector", "--field-selector", "--sort-by", "--for", "--types", "--context", "--tail",
            "--since", "-f");

    /** The command of a prompt line, or {@code null} for any other line. */
    public static PromptLine of(String text) {
        return mentionsTheCommand(text) ? read(text) : null;
    }

    /** A line that mentions the command, read apart from {@link #of}: most lines asked do not mention it. */
    private static PromptLine read(String text) {
        Matcher m = COMMAND.matcher(text);
        if (!m.matches()) {
            return null;
        }
        String verb = null;
        String resource = null;
        String name = null;
        String namespace = null;
        boolean all = false;
        List<String> words = words(m.group(1).strip());
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            if (word.equals("-A") || word.equals("--all-namespaces")) {
                all = true;
            } else if (word.equals("-n") || word.equals("--namespace")) {
                namespace = i + 1 < words.size() ? words.get(++i) : null;
            } else if (word.startsWith("--namespace=") || word.startsWith("-n=")) {
                namespace = word.substring(word.indexOf('=') + 1);
            } else if (word.equals("--for") && i + 1 < words.size() && words.get(i + 1).contains("/")) {
                name = words.get(++i).split("/", 2)[1];
            } else if (FLAGS_WITH_VALUE.contains(word)) {
                i++;
            } else if (word.startsWith("-") || word.equals("|")) {
                if (word.equals("|")) {
                    break;
                }
            } else if (verb == null) {
                verb = word;
            } else if (resource == null && !verb.equals("logs")) {
                resource = word.contains("/") ? word.split("/", 2)[0] : word;
                name = word.contains("/") ? word.split("/", 2)[1] : name;
            } else if (name == null) {
                name = word.contains("/") ? word.split("/", 2)[1] : word;
            }
        }
        return verb == null ? null : new PromptLine(verb, resource, name, namespace, all);
    }

    /**
     * The words of a stripped command, as {@code command.split("\\s+")} cuts them (one empty word for an empty
     * command), without compiling that pattern on every call.
     */
    static List<String> words(String command) {
        List<String> words = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= command.length(); i++) {
            if (i == command.length() || isRegexBlank(command.charAt(i))) {
                if (i > start || words.isEmpty() && i == command.length()) {
                    words.add(command.substring(start, i));
                }
                start = i + 1;
            }
        }
        return words;
    }

    /** The characters of the regex class {@code \s}: fewer than {@link Character#isWhitespace} takes. */
    private static boolean isRegexBlank(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** "kubectl" followed by a blank: cheap, and false for the common {@code kubectl-client-side-apply} manager. */
    private static boolean mentionsTheCommand(String text) {
        for (int at = text.indexOf("kubectl"); at >= 0; at = text.indexOf("kubectl", at + 1)) {
            int after = at + "kubectl".length();
            if (after < text.length() && Character.isWhitespace(text.charAt(after))) {
                return true;
            }
        }
        return false;
    }

    public boolean isLogs() {
        return "logs".equals(verb);
    }

    /** {@code kubectl describe}, whose output (or an excerpt of it) follows. */
    public boolean isDescribe() {
        return "describe".equals(verb);
    }
}
