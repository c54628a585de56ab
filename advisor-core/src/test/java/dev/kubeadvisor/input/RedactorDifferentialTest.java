package dev.kubeadvisor.input;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kubeadvisor.testing.FixtureLines;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The redactor hides, byte for byte, what it hid before it was made cheaper per line ({@link ReferenceRedactor}). */
class RedactorDifferentialTest {

    private static final long SEED = 20261126L;
    private static final int GENERATED_LINES = 100_000;

    /** Telling words and names in several cases, words that only start like them, and names that are kept. */
    private static final String[] WORDS = {"pass", "Pass", "PASS", "password", "DB_PASSWORD", "passwd", "PASSPHRASE",
        "pwd", "PWD", "my_pwd", "secret", "Secret", "SECRET", "clientSecret", "SECRET_NAME", "SecretName", "token",
        "Token", "TOKEN", "githubToken", "TokenExpirationSeconds", "key", "Key", "KEY", "apiKey", "API_KEY", "api-key",
        "AWS_SECRET_ACCESS_KEY", "KEYCLOAK_URL", "secretKeyRef", "credential", "CREDENTIALS", "cookie", "Cookie",
        "auth", "Auth", "AUTH_HEADER", "author", "authority", "Authorization", "dsn", "DSN", "SENTRY_DSN", "bearer",
        "Bearer", "BEARER", "basic", "Basic", "BASIC", "pas", "pw", "secre", "toke", "ke", "cred", "cook", "aut", "ds",
        "bea", "bas", "Back-off", "kubelet", "Service", "Container", "path", "user", "name", "LOG_LEVEL", "x"};
    private static final String[] SEPARATORS = {":", "=", ": ", ":  ", " : ", "= ", "\t", ":\t", "\"", "'", "\": \"",
        "': '", "=\"", "{", "[", "&", "?", ",", ";", "<", ">", "/", "://", "@", ":@", " ", "  ", "    "};
    private static final String[] VALUES = {"hunter2", "abcdefghijklmnop", "abc", "YWxhZGRpbjpvcGVuc2VzYW1l",
        "<set to the key 'password' in secret 'db'>", "<none>", "s3cret", "eyJhbGciOi.J9.x-y_z~+/=", "x y z",
        "postgres://app:s3cret@db:5432/app", "redis://:s3cret@redis:6379/0", "user@host", "http://a@b",
        "{\"token\": \"x\"}", "{'password': 'x'}", "?user=bob&pass=x&next=/", "Optional: false", "3607"};
    /** Characters whose case mapping is not ASCII's, and others that are not ASCII. */
    private static final String[] ODD = {"\u017F", "\u212A", "\u0130", "\u0131", "é", "…", "\u0000", "\r", "\u00A0"};

    @Test
    void hides_exactly_what_the_former_redactor_hid_in_generated_lines() {
        Random random = new Random(SEED);
        int changed = 0;
        for (int n = 0; n < GENERATED_LINES; n++) {
            String line = generatedLine(random);
            String expected = ReferenceRedactor.redact(line);
            String redacted = Redactor.redact(line);
            if (!redacted.equals(expected)) {
                assertThat(redacted).as("line %d: %s", n, line).isEqualTo(expected);
            }
            if (!expected.equals(line)) {
                changed++;
            }
        }
        assertThat(changed).as("lines with something to hide").isGreaterThan(GENERATED_LINES / 20);
    }

    @Test
    void hides_exactly_what_the_former_redactor_hid_in_every_fixture_line() {
        List<String> lines = FixtureLines.allAnd(List.of());
        assertThat(lines).hasSizeGreaterThan(1_000);
        List<String> differing = lines.stream().filter(line -> !Redactor.redact(line).equals(ReferenceRedactor.redact(line)))
                .toList();
        assertThat(differing).isEmpty();
    }

    @Test
    void finds_exactly_the_sensitive_names_the_former_redactor_found() {
        Random random = new Random(SEED);
        String pieces = "aApPsSwWdDkKeEyYtToOnNcCrRhHuUiI0129_-.x";
        int sensitive = 0;
        for (int n = 0; n < GENERATED_LINES; n++) {
            StringBuilder name = new StringBuilder(random.nextBoolean() ? WORDS[random.nextInt(WORDS.length)] : "");
            for (int i = random.nextInt(6); i >= 0; i--) {
                name.append(random.nextInt(4) == 0 ? WORDS[random.nextInt(WORDS.length)]
                        : random.nextInt(40) == 0 ? ODD[random.nextInt(ODD.length)]
                        : String.valueOf(pieces.charAt(random.nextInt(pieces.length()))));
            }
            String text = name.toString();
            boolean expected = ReferenceRedactor.isSensitiveName(text);
            assertThat(Redactor.isSensitiveName(text)).as(text).isEqualTo(expected);
            if (expected) {
                sensitive++;
            }
        }
        assertThat(sensitive).as("sensitive names").isGreaterThan(GENERATED_LINES / 10);
    }

    private static String generatedLine(Random random) {
        StringBuilder line = new StringBuilder(" ".repeat(random.nextInt(4) == 0 ? random.nextInt(70) : 0));
        int parts = 1 + random.nextInt(10);
        for (int i = 0; i < parts; i++) {
            int pick = random.nextInt(10);
            if (pick < 3) {
                line.append(WORDS[random.nextInt(WORDS.length)]);
            } else if (pick < 6) {
                line.append(SEPARATORS[random.nextInt(SEPARATORS.length)]);
            } else if (pick < 8) {
                line.append(VALUES[random.nextInt(VALUES.length)]);
            } else if (pick == 8) {
                line.append(ODD[random.nextInt(ODD.length)]);
            } else {
                line.append(randomLetters(random));
            }
        }
        return line.toString();
    }

    /** Letters of a telling word's alphabet, so that pieces of words meet across fragments. */
    private static String randomLetters(Random random) {
        String alphabet = "pasSwdcrReEtTokKyinluhbBDAP_";
        StringBuilder letters = new StringBuilder();
        for (int i = random.nextInt(8); i >= 0; i--) {
            letters.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return letters.toString();
    }
}
