package dev.kubeadvisor.input;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@link Redactor} as it was before it was made cheaper per line, kept unchanged so that
 * {@code RedactorDifferentialTest} can show the faster one hides exactly what it hid, byte for byte.
 */
final class ReferenceRedactor {

    static final String MASK = "<redacted>";

    private static final Pattern SENSITIVE_WORD = Pattern.compile(
            "PASSWORD|PASSWD|PASSPHRASE|SECRET|TOKEN|API_?KEY|ACCESS_?KEY|PRIVATE_?KEY|CREDENTIAL|AUTH|COOKIE"
                    + "|SESSION_?KEY|CLIENT_?KEY|SIGNING_?KEY|ENCRYPTION_?KEY|DSN|_PWD|^PWD$|_PASS$|^PASS$|_KEY$|^KEY$");
    private static final Pattern NOT_A_VALUE_NAME = Pattern.compile(
            "(NAME|SECONDS|PATH|FILE|REF|OPTIONAL|TYPE|_ID|LENGTH|EXPIRATION|AUDIENCE|AUTHOR|AUTHORITY|AUTHORIZE|URL)$");
    private static final Pattern CAMEL_CASE_BOUNDARY = Pattern.compile("([a-z0-9])([A-Z])");
    private static final Pattern ENV_STYLE_NAME = Pattern.compile("[A-Z][A-Z0-9_]*");
    /**
     * {@code key} in lower case is the field of a Kubernetes object that names a key ({@code secretKeyRef.key},
     * {@code items[].key}, a toleration's key), never a secret value.
     */
    private static final String OBJECT_KEY_FIELD = "key";
    private static final int MAX_NAME = 128;
    private static final int MAX_PADDING = 64;
    private static final Pattern QUOTED = Pattern.compile("\"[^\"]++\"|'[^']++'");
    private static final Pattern TOKEN = Pattern.compile("[^\\s\"',;&<]++");
    private static final Pattern WORDS = Pattern.compile("[^\\s<]\\S*+(?: \\S++)*+");
    private static final Pattern BEARER = Pattern.compile("(?i)(\\bBearer\\s{1,8})[A-Za-z0-9._~+/=-]{8,}+");
    private static final Pattern BASIC_CREDENTIALS =
            Pattern.compile("(?i)(\\bAuthorization:\\s{0,8}Basic\\s{1,8})[A-Za-z0-9+/=]{4,}+");
    /** A URL's password, also with no user name: {@code redis://:s3cret@redis:6379}. */
    private static final Pattern URL_PASSWORD = Pattern.compile("(://[^/:@\\s]{0,256}:)[^@/\\s]{1,256}(@)");

    private ReferenceRedactor() {
    }

    /** Returns the text with every secret value replaced by {@value #MASK}. */
    static String redact(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String result = redactAssignments(text);
        // one cheap scan first: these regexes would otherwise run over every line of every input
        if (mentionsBearerOrBasic(result)) {
            result = BEARER.matcher(result).replaceAll("$1" + MASK);
            result = BASIC_CREDENTIALS.matcher(result).replaceAll("$1" + MASK);
        }
        if (result.indexOf('@') >= 0 && result.contains("://")) {
            result = URL_PASSWORD.matcher(result).replaceAll("$1" + MASK + "$2");
        }
        return result;
    }

    /** True when a variable name suggests its value is a secret ({@code DB_PASSWORD}, {@code apiKey}). */
    static boolean isSensitiveName(String name) {
        if (name == null || !mentionsASecret(name, 0, name.length())) {
            return false;
        }
        String upper = CAMEL_CASE_BOUNDARY.matcher(name).replaceAll("$1_$2").replace('-', '_').replace('.', '_')
                .toUpperCase(Locale.ROOT);
        return SENSITIVE_WORD.matcher(upper).find() && !NOT_A_VALUE_NAME.matcher(upper).find();
    }

    /**
     * Scans for {@code :} and {@code =} and looks back for the name before each; a regex search for names would
     * retry at every character of a long word and cost quadratic time. Most lines name nothing secret, so the name
     * is first looked at in place, without copying it.
     */
    private static String redactAssignments(String text) {
        StringBuilder out = null;
        int copied = 0;
        int colon = text.indexOf(':');
        int equals = text.indexOf('=');
        for (int i = 0; i < text.length(); i++) {
            // each search resumes where it stopped, so a line full of one separator stays linear
            if (colon >= 0 && colon < i) {
                colon = text.indexOf(':', i);
            }
            if (equals >= 0 && equals < i) {
                equals = text.indexOf('=', i);
            }
            if (colon < 0 && equals < 0) {
                break;
            }
            i = colon < 0 ? equals : equals < 0 ? colon : Math.min(colon, equals);
            char separator = text.charAt(i);
            int nameEnd = nameEnd(text, i);
            int nameStart = nameStart(text, nameEnd);
            if (nameStart == nameEnd || !mentionsASecret(text, nameStart, nameEnd)) {
                continue;
            }
            String name = text.substring(nameStart, nameEnd);
            if (!isSensitiveName(name) || name.equals(OBJECT_KEY_FIELD)) {
                continue;
            }
            int valueStart = i + 1;
            while (valueStart < text.length() && valueStart - i <= MAX_PADDING && isBlank(text.charAt(valueStart))) {
                valueStart++;
            }
            int valueEnd = valueEnd(text, valueStart, separator, name);
            if (valueEnd < 0) {
                continue;
            }
            boolean quoted = isQuote(text.charAt(valueStart));
            if (out == null) {
                out = new StringBuilder(text.length());
            }
            out.append(text, copied, quoted ? valueStart + 1 : valueStart).append(MASK);
            copied = quoted ? valueEnd - 1 : valueEnd;
            i = valueEnd - 1;
        }
        return out == null ? text : out.append(text, copied, text.length()).toString();
    }

    /** Where the name before a separator ends, skipping a little padding and a closing quote. */
    private static int nameEnd(String text, int separator) {
        int end = separator;
        while (end > 0 && separator - end < MAX_PADDING && isBlank(text.charAt(end - 1))) {
            end--;
        }
        if (end > 0 && isQuote(text.charAt(end - 1))) {
            end--;
        }
        return end;
    }

    private static int nameStart(String text, int end) {
        int start = end;
        while (start > 0 && end - start < MAX_NAME && isNameCharacter(text.charAt(start - 1))) {
            start--;
        }
        return start;
    }

    private static boolean mentionsBearerOrBasic(String text) {
        return mentionsBearerOrBasic(text, 'b') || mentionsBearerOrBasic(text, 'B');
    }

    private static boolean mentionsBearerOrBasic(String text, char initial) {
        for (int i = text.indexOf(initial); i >= 0; i = text.indexOf(initial, i + 1)) {
            if (text.regionMatches(true, i, "bearer", 0, 6) || text.regionMatches(true, i, "basic", 0, 5)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A cheap first look at a name in place, so that the common harmless name costs no copy and no regex: does it
     * contain pass, pwd, secret, token, key, credential, cookie, auth or dsn, in any case?
     */
    private static boolean mentionsASecret(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            boolean found = switch (lowerCase(text.charAt(i))) {
                case 'p' -> startsWith(text, i, end, "pass") || startsWith(text, i, end, "pwd");
                case 's' -> startsWith(text, i, end, "secret");
                case 't' -> startsWith(text, i, end, "token");
                case 'k' -> startsWith(text, i, end, "key");
                case 'c' -> startsWith(text, i, end, "credential") || startsWith(text, i, end, "cookie");
                case 'a' -> startsWith(text, i, end, "auth");
                case 'd' -> startsWith(text, i, end, "dsn");
                default -> false;
            };
            if (found) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWith(String text, int at, int end, String lowerCaseWord) {
        if (at + lowerCaseWord.length() > end) {
            return false;
        }
        for (int j = 0; j < lowerCaseWord.length(); j++) {
            if (lowerCase(text.charAt(at + j)) != lowerCaseWord.charAt(j)) {
                return false;
            }
        }
        return true;
    }

    private static char lowerCase(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }

    private static boolean isNameCharacter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '.' || c == '-';
    }

    /** JSON's double quotes, or the single quotes of a Python or Ruby dict printed to a log. */
    private static boolean isQuote(char c) {
        return c == '"' || c == '\'';
    }

    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t';
    }

    /** Where the secret value starting at {@code start} ends, or -1 when what follows is not a value to hide. */
    private static int valueEnd(String text, int start, char separator, String name) {
        if (start >= text.length()) {
            return -1;
        }
        // JSON and YAML open an object or a list there ("secretKeyRef": {): hiding the bracket hides nothing
        if (text.charAt(start) == '{' || text.charAt(start) == '[') {
            return -1;
        }
        if (isQuote(text.charAt(start))) {
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
