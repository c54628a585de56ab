package dev.kubeadvisor.input;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Hides secret values in text that may be echoed back to the user: values assigned to sensitive names
 * ({@code DB_PASSWORD:  hunter2}, {@code api_key=abc}, {@code "token": "x"}, {@code 'password': 'x'},
 * {@code ?user=bob&pass=x}), bearer tokens, basic credentials in an {@code Authorization} header and passwords in URLs.
 * Names of secrets ({@code SecretName:  db-secret}), references to them ({@code <set to the key 'k' in secret 's'>})
 * and prose ({@code failed to fetch anonymous token: unexpected status}) are kept: the diagnosis needs them.
 * Every pattern is bounded or possessive, so a hostile line costs linear time.
 */
public final class Redactor {

    public static final String MASK = "<redacted>";

    private static final Pattern SENSITIVE_WORD = Pattern.compile(
            "PASSWORD|PASSWD|PASSPHRASE|SECRET|TOKEN|API_?KEY|ACCESS_?KEY|PRIVATE_?KEY|CREDENTIAL|AUTH|COOKIE"
                    + "|SESSION_?KEY|CLIENT_?KEY|SIGNING_?KEY|ENCRYPTION_?KEY|DSN|_PWD|^PWD$|_PASS$|^PASS$|_KEY$|^KEY$");
    private static final Pattern NOT_A_VALUE_NAME = Pattern.compile(
            "(NAME|SECONDS|PATH|FILE|REF|OPTIONAL|TYPE|_ID|LENGTH|EXPIRATION|AUDIENCE|AUTHOR|AUTHORITY|AUTHORIZE|URL)$");
    /** The words of {@link #SENSITIVE_WORD} found anywhere, each spelt out. */
    private static final String[] SENSITIVE_WORDS = {"PASSWORD", "PASSWD", "PASSPHRASE", "SECRET", "TOKEN", "APIKEY",
        "API_KEY", "ACCESSKEY", "ACCESS_KEY", "PRIVATEKEY", "PRIVATE_KEY", "CREDENTIAL", "AUTH", "COOKIE", "SESSIONKEY",
        "SESSION_KEY", "CLIENTKEY", "CLIENT_KEY", "SIGNINGKEY", "SIGNING_KEY", "ENCRYPTIONKEY", "ENCRYPTION_KEY", "DSN",
        "_PWD"};
    /** The endings {@link #NOT_A_VALUE_NAME} finds. */
    private static final String[] NOT_A_VALUE_ENDINGS = {"NAME", "SECONDS", "PATH", "FILE", "REF", "OPTIONAL", "TYPE",
        "_ID", "LENGTH", "EXPIRATION", "AUDIENCE", "AUTHOR", "AUTHORITY", "AUTHORIZE", "URL"};
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
    /** The words {@link #startsASecretWord} looks for, in lower case; a name mentions a secret if it holds one. */
    private static final String[] SECRET_WORDS = {"pass", "pwd", "secret", "token", "key", "credential", "cookie",
        "auth", "dsn"};
    /** In {@link #NAME_LOOK}: the character may be part of a name ({@link #isNameCharacter}). */
    private static final int NAME_CHARACTER = 1 << 31;
    /**
     * Per ASCII character: {@link #NAME_CHARACTER}, and the bits ({@link #letterBit}) of the letters that follow it
     * at the start of a word {@link #mentionsASecret} looks for; a name with no such pair of letters mentions none.
     */
    private static final int[] NAME_LOOK = new int[128];
    /**
     * Three letters of each word {@link #redact} acts on (pass, pwd, secret, token, key, credential, cookie, auth, dsn,
     * bearer, basic), the rarest of its runs in kubectl output: a line with none of them in any case, and no
     * {@code @}, holds none of those words.
     */
    private static final String[] TELLING_LETTERS = {"pas", "pwd", "ecr", "tok", "key", "ede", "oki", "uth", "dsn", "rer",
        "sic"};
    /** Lines up to this length are first looked over for them; on longer ones the redactor's own searches cost less. */
    private static final int LOOKED_OVER_UP_TO = 72;
    /** In {@link #TRIGRAM_CODE}: {@code @}, after any two characters a run to look at. */
    private static final int AT_CODE = 27;
    /** Per ASCII character, five bits: a letter's place in the alphabet in either case, {@value #AT_CODE}, else 0. */
    private static final byte[] TRIGRAM_CODE = new byte[128];
    /** One bit per run of three codes: set for the {@link #TELLING_LETTERS} and for every run that ends in {@code @}. */
    private static final long[] TELLING_TRIGRAMS = new long[(1 << 15) / 64];

    static {
        for (char c = 0; c < 128; c++) {
            NAME_LOOK[c] = isNameCharacter(c) ? NAME_CHARACTER : 0;
        }
        for (String word : SECRET_WORDS) {
            int next = letterBit(word.charAt(1));
            NAME_LOOK[word.charAt(0)] |= next;
            NAME_LOOK[Character.toUpperCase(word.charAt(0))] |= next;
        }
        for (char c = 'a'; c <= 'z'; c++) {
            TRIGRAM_CODE[c] = (byte) (c - 'a' + 1);
            TRIGRAM_CODE[Character.toUpperCase(c)] = (byte) (c - 'a' + 1);
        }
        TRIGRAM_CODE['@'] = AT_CODE;
        for (String letters : TELLING_LETTERS) {
            markTrigram(TRIGRAM_CODE[letters.charAt(0)] << 10 | TRIGRAM_CODE[letters.charAt(1)] << 5
                    | TRIGRAM_CODE[letters.charAt(2)]);
        }
        for (int before = 0; before < 1 << 10; before++) {
            markTrigram(before << 5 | AT_CODE);
        }
    }

    private static void markTrigram(int trigram) {
        TELLING_TRIGRAMS[trigram >>> 6] |= 1L << trigram;
    }

    private Redactor() {
    }

    /** Returns the text with every secret value replaced by {@value #MASK}. */
    public static String redact(String text) {
        if (text == null || text.isEmpty() || text.length() <= LOOKED_OVER_UP_TO && !holdsTellingLetters(text)) {
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

    /**
     * False when the text holds none of the {@link #TELLING_LETTERS} and no {@code @}. One look at each character,
     * without a branch that depends on it: short lines of describe output and YAML are mostly letters, and the
     * letter pairs that begin those words are too common there to be looked at one by one.
     */
    private static boolean holdsTellingLetters(String text) {
        int trigram = 0;
        long found = 0;
        for (int i = 0; i < text.length(); i++) {
            trigram = nextTrigram(trigram, text.charAt(i));
            found |= tells(trigram);
        }
        return (found & 1) != 0;
    }

    /** The last three characters' codes once {@code c} follows those of {@code trigram} (0 before a text). */
    static int nextTrigram(int trigram, char c) {
        return (trigram << 5 | (c < 128 ? TRIGRAM_CODE[c] : 0)) & 0x7FFF;
    }

    /**
     * Bit 0 set when the trigram is one of the {@link #TELLING_LETTERS} or ends in {@code @}: or'ed over a text's
     * trigrams, it tells whether {@link #redact} may change that text.
     */
    static long tells(int trigram) {
        // a long shifts by its low six bits: the trigram's bit within its word
        return TELLING_TRIGRAMS[trigram >>> 6] >>> trigram;
    }

    /** True when a variable name suggests its value is a secret ({@code DB_PASSWORD}, {@code apiKey}). */
    public static boolean isSensitiveName(String name) {
        if (name == null || !mentionsASecret(name, 0, name.length())) {
            return false;
        }
        if (!isPlainName(name)) {
            String upper = CAMEL_CASE_BOUNDARY.matcher(name).replaceAll("$1_$2").replace('-', '_').replace('.', '_')
                    .toUpperCase(Locale.ROOT);
            return SENSITIVE_WORD.matcher(upper).find() && !NOT_A_VALUE_NAME.matcher(upper).find();
        }
        String upper = upperSnakeCase(name);
        return holdsASensitiveWord(upper) && !endsWithAny(upper, NOT_A_VALUE_ENDINGS);
    }

    /**
     * An ASCII name, as every name found before a separator is: its upper snake case and the words in it are those
     * the patterns find, read without them ({@code ^}, {@code $} and case need nothing beyond ASCII there).
     */
    private static boolean isPlainName(String name) {
        for (int i = 0; i < name.length(); i++) {
            if (!isNameCharacter(name.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** {@code apiKey} and {@code api-key} as {@code API_KEY}: what the camel-case split and upper-casing make. */
    private static String upperSnakeCase(String name) {
        StringBuilder upper = new StringBuilder(name.length() + 4);
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (i > 0 && c >= 'A' && c <= 'Z' && isLowerCaseOrDigit(name.charAt(i - 1))) {
                upper.append('_');
            }
            upper.append(c == '-' || c == '.' ? '_' : c >= 'a' && c <= 'z' ? (char) (c - ('a' - 'A')) : c);
        }
        return upper.toString();
    }

    private static boolean isLowerCaseOrDigit(char c) {
        return c >= 'a' && c <= 'z' || c >= '0' && c <= '9';
    }

    /** What {@link #SENSITIVE_WORD} finds in an upper snake case ASCII name. */
    private static boolean holdsASensitiveWord(String upper) {
        for (String word : SENSITIVE_WORDS) {
            if (upper.contains(word)) {
                return true;
            }
        }
        return upper.equals("PWD") || upper.equals("PASS") || upper.equals("KEY") || upper.endsWith("_PASS")
                || upper.endsWith("_KEY");
    }

    private static boolean endsWithAny(String text, String[] endings) {
        for (String ending : endings) {
            if (text.endsWith(ending)) {
                return true;
            }
        }
        return false;
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
            int nameStart = secretNameStart(text, nameEnd);
            if (nameStart < 0) {
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

    /**
     * Where the name ending at {@code end} starts, if it mentions a secret; else -1. One look back over the name finds
     * where it starts and whether it holds a secret word ({@link #mentionsASecret}): a word is only compared where two
     * of the name's letters may begin one, which most names never have.
     */
    private static int secretNameStart(String text, int end) {
        int start = end;
        int nextLetter = 0;
        boolean mentions = false;
        while (start > 0 && end - start < MAX_NAME) {
            char c = text.charAt(start - 1);
            int look = c < 128 ? NAME_LOOK[c] : 0;
            if ((look & NAME_CHARACTER) == 0) {
                break;
            }
            start--;
            mentions = mentions || (look & nextLetter) != 0 && startsASecretWord(text, start, end);
            nextLetter = letterBit(c);
        }
        return mentions ? start : -1;
    }

    private static boolean mentionsBearerOrBasic(String text) {
        return mentionsBearerOrBasic(text, 'b') || mentionsBearerOrBasic(text, 'B');
    }

    private static boolean mentionsBearerOrBasic(String text, char initial) {
        for (int i = text.indexOf(initial); i >= 0; i = text.indexOf(initial, i + 1)) {
            // the regexes this guards match ASCII letters in any case, and nothing else
            char next = i + 1 < text.length() ? lowerCase(text.charAt(i + 1)) : 0;
            if (next == 'e' && startsWith(text, i, text.length(), "bearer")
                    || next == 'a' && startsWith(text, i, text.length(), "basic")) {
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
            if (startsASecretWord(text, i, end)) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsASecretWord(String text, int at, int end) {
        return switch (lowerCase(text.charAt(at))) {
            case 'p' -> startsWith(text, at, end, "pass") || startsWith(text, at, end, "pwd");
            case 's' -> startsWith(text, at, end, "secret");
            case 't' -> startsWith(text, at, end, "token");
            case 'k' -> startsWith(text, at, end, "key");
            case 'c' -> startsWith(text, at, end, "credential") || startsWith(text, at, end, "cookie");
            case 'a' -> startsWith(text, at, end, "auth");
            case 'd' -> startsWith(text, at, end, "dsn");
            default -> false;
        };
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

    /** {@code 1 << 0} for {@code a} or {@code A} ... {@code 1 << 25} for {@code z} or {@code Z}; 0 for anything else. */
    private static int letterBit(char c) {
        int index = (c | 0x20) - 'a';
        return index >= 0 && index < 26 ? 1 << index : 0;
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
