package dev.kubeadvisor.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The conventions every diagnosis rule keeps (design §4), checked the same way for the built-in catalogue (its
 * conventions test) and for a custom rule pack (when it is loaded). Each check returns every violation, each
 * prefixed with the file it is about.
 */
public final class RuleConventions {

    private static final Pattern RULE_NAME = Pattern.compile("(?m)^\\s*rule\\s+\"([^\"]+)\"");
    private static final Pattern META_KEY = Pattern.compile("@([a-zA-Z0-9]+)\\(");
    private static final Pattern WHEN = Pattern.compile("(?m)^\\s*when\\b");
    private static final Pattern FORBIDDEN = Pattern.compile(
            "\\bsalience\\b|agenda-group|activation-group|ruleflow-group|^\\s*global\\s|System\\.(out|err)"
                    + "|\\bmodify\\s*\\(|\\bupdate\\s*\\(|\\bretract\\s*\\(|\\bdelete\\s*\\(",
            Pattern.MULTILINE);

    private RuleConventions() {
    }

    /** The names of the rules a DRL file defines, in file order. */
    public static List<String> ruleNames(String drl) {
        List<String> names = new ArrayList<>();
        Matcher m = RULE_NAME.matcher(drl);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    /** Constructs no rule may use: ordering, globals, printing, changing parsed facts. */
    public static List<String> forbiddenConstructs(String location, String drl) {
        List<String> violations = new ArrayList<>();
        Matcher forbidden = FORBIDDEN.matcher(drl);
        while (forbidden.find()) {
            violations.add(location + ": forbidden construct '" + forbidden.group().strip() + "'");
        }
        return violations;
    }

    /**
     * The metadata of the one diagnosis rule of a file: known keys only, a category (equal to the folder when the
     * file sits in a category folder), a title, an explanation, https docs, a remediation step with a command, and
     * {@code @supersedes} naming only rules that exist.
     *
     * @param folderCategory the folder the file sits in, or {@code null} when the folder does not set the category
     */
    public static List<String> metadataViolations(String location, String drl, RuleInfo rule, String folderCategory,
                                                  Predicate<String> ruleExists) {
        List<String> violations = new ArrayList<>();
        Matcher when = WHEN.matcher(drl);
        Matcher key = META_KEY.matcher(when.find() ? drl.substring(0, when.start()) : drl);
        while (key.find()) {
            if (!RuleInfo.KEYS.contains(key.group(1)) && !key.group(1).matches("step\\d{1,2}")) {
                violations.add(location + ": unknown metadata @" + key.group(1));
            }
        }
        if (isBlank(rule.category())) {
            violations.add(location + ": no @category");
        } else if (folderCategory != null && !folderCategory.equals(rule.category())) {
            violations.add(location + ": @category must be the folder name " + folderCategory);
        }
        if (isBlank(rule.title())) {
            violations.add(location + ": no @title");
        }
        if (isBlank(rule.explanation())) {
            violations.add(location + ": no @explanation");
        }
        if (rule.docs().isEmpty() || rule.docs().stream().anyMatch(d -> !d.startsWith("https://"))) {
            violations.add(location + ": @docs must list https links");
        }
        if (rule.remediation().stream().noneMatch(step -> step.command() != null)) {
            violations.add(location + ": needs an @stepN with a `command`");
        }
        rule.supersedes().stream().filter(ruleExists.negate())
                .forEach(s -> violations.add(location + ": @supersedes names unknown rule " + s));
        return violations;
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
