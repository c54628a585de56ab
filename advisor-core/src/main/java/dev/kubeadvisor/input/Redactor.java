package dev.kubeadvisor.input;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Hides secret values in text that may be echoed back to the user: values assigned to sensitive names
 * ({@code DB_PASSWORD:  hunter2}, {@code api_key=abc}, {@code "token": "x"}), bearer tokens and passwords in URLs.
 * Names of secrets ({@code SecretName:  db-secret}), references to them ({@code <set to the key 'k' in secret 's'>})
 * and prose ({@code failed to fetch anonymous token: unexpected status}) are kept: the diagnosis needs them.
 * Every pattern is bounded or possessive, so a hostile line costs linear time.
 */
public final class Redactor {

    public static final String MASK = "<redacted>";

    private static final Pattern SENSITIVE_WORD = Pattern.compile(
            "PASSWORD|PASSWD|PASSPHRASE|SECRET|TOKEN|API_?KEY|ACCESS_?KEY|PRIVATE_?KEY|CREDENTIAL|AUTH|COOKIE"
                    + "|SESSION_?KEY|CLIENT_?KEY|SIGNING_?KEY|ENCRYPTION_?KEY|DSN|_PWD|^PWD$|_KEY$|^KEY$");
    private static final Pattern NOT_A_VALUE_NAME = Pattern.compile(
            "(NAME|SECONDS|PATH|FILE|REF|OPTIONAL|TYPE|_ID|LENGTH|EXPIRATION|AUDIENCE|AUTHOR|AUTHORITY|AUTHORIZE|URL)$");
    private static final Pattern ENV_STYLE_NAME = Pattern.compile("[A-Z][A-Z0-9_]*");
    private static final Pattern NAME_THEN_SEPARATOR =
            Pattern.compile("([A-Za-z0-9_.-]{1,128})\"?[ \\t]{0,8}([:=])[ \\t]{0,64}");
    private static final Pattern QUOTED = Pattern.compile("\"[^\"]++\"");
    private static final Pattern TOKEN = Pattern.compile("[^\\s\"',;&<]++");
    private static final Pattern WORDS = Pattern.compile("[^\\s<]\\S*+(?: \\S++)*+");
    private static final Pattern BEARER = Pattern.compile("(?i)(\\bBearer\\s{1,8})[A-Za-z0-9._~+/=-]{8,}+");
    private static final Pattern URL_PASSWORD = Pattern.compile("(://[^/:@\\s]{1,256}:)[^@/\\s]{1,256}(@)");

    private Redactor() {
    }

    /** Returns the text with every secret value replaced by {@value #MASK}. */
    public static String redact(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String result = redactAssignments(text);
        result = BEARER.matcher(result).replaceAll("$1" + MASK);
        return URL_PASSWORD.matcher(result).replaceAll("$1" + MASK + "$2");
    }

    /** True when a variable name suggests its value is a secret ({@code DB_PASSWORD}, {@code apiKey}). */
    public static boolean isSensitiveName(String name) {
        if (name == null || name.isEmpty()) {
            return false;
        }
        String upper = name.replaceAll("([a-z0-9])([A-Z])", "$1_$2").replace('-', '_').replace('.', '_')
                .toUpperCase(Locale.ROOT);
        return SENSITIVE_WORD.matcher(upper).find() && !NOT_A_VALUE_NAME.matcher(upper).find();
    }

    private static String redactAssignments(String text) {
        Matcher assignment = NAME_THEN_SEPARATOR.matcher(text);
        StringBuilder out = null;
        int copied = 0;
        int position = 0;
        while (position < text.length() && assignment.find(position)) {
            position = assignment.end();
            if (!isSensitiveName(assignment.group(1))) {
                continue;
            }
            int valueEnd = valueEnd(text, assignment.end(), assignment.group(2).charAt(0), assignment.group(1));
            if (valueEnd < 0) {
                continue;
            }
            int valueStart = text.charAt(assignment.end()) == '"' ? assignment.end() + 1 : assignment.end();
            int maskedEnd = text.charAt(valueEnd - 1) == '"' ? valueEnd - 1 : valueEnd;
            if (out == null) {
                out = new StringBuilder(text.length());
            }
            out.append(text, copied, valueStart).append(MASK);
            copied = maskedEnd;
            position = valueEnd;
        }
        return out == null ? text : out.append(text, copied, text.length()).toString();
    }

    /** Where the secret value starting at {@code start} ends, or -1 when what follows is not a value to hide. */
    private static int valueEnd(String text, int start, char separator, String name) {
        if (start >= text.length()) {
            return -1;
        }
        if (text.charAt(start) == '"') {
            return lookingAt(QUOTED, text, start);
        }
        if (separator == '=') {
            return lookingAt(TOKEN, text, start);
        }
        if (ENV_STYLE_NAME.matcher(name).matches()) {
            return lookingAt(WORDS, text, start);
        }
        int end = lookingAt(TOKEN, text, start);
        return end == text.stripTrailing().length() ? end : -1;
    }

    private static int lookingAt(Pattern pattern, String text, int start) {
        Matcher m = pattern.matcher(text).region(start, text.length());
        return m.lookingAt() && m.end() > start ? m.end() : -1;
    }
}
