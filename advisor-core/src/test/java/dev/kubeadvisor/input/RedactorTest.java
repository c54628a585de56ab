package dev.kubeadvisor.input;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RedactorTest {

    @Test
    void hides_the_literal_value_of_a_sensitive_environment_variable() {
        assertThat(Redactor.redact("      DB_PASSWORD:  hunter2 and more"))
                .isEqualTo("      DB_PASSWORD:  <redacted>");
        assertThat(Redactor.redact("      apiKey:  abc123")).isEqualTo("      apiKey:  <redacted>");
    }

    @Test
    void hides_assignments_json_fields_bearer_tokens_and_url_passwords_in_log_lines() {
        assertThat(Redactor.redact("connecting with password=hunter2 user=bob"))
                .isEqualTo("connecting with password=<redacted> user=bob");
        assertThat(Redactor.redact("{\"token\": \"eyJhbGciOi\", \"user\": \"bob\"}"))
                .isEqualTo("{\"token\": \"<redacted>\", \"user\": \"bob\"}");
        assertThat(Redactor.redact("Authorization: Bearer abcdefghijklmnop"))
                .isEqualTo("Authorization: Bearer <redacted>");
        assertThat(Redactor.redact("dial postgres://app:s3cret@db:5432/app"))
                .isEqualTo("dial postgres://app:<redacted>@db:5432/app");
    }

    @Test
    void hides_the_secrets_application_logs_print() {
        assertThat(Redactor.redact("GET /login?user=bob&pass=hunter2&next=/ 302"))
                .isEqualTo("GET /login?user=bob&pass=<redacted>&next=/ 302");
        assertThat(Redactor.redact("jdbc:mysql://db:3306/app?user=root&password=hunter2"))
                .isEqualTo("jdbc:mysql://db:3306/app?user=root&password=<redacted>");
        assertThat(Redactor.redact("{\"password\":\"hunter2\",\"user\":\"bob\"}"))
                .isEqualTo("{\"password\":\"<redacted>\",\"user\":\"bob\"}");
        assertThat(Redactor.redact("settings: {'password': 'hunter2', 'user': 'bob'}"))
                .isEqualTo("settings: {'password': '<redacted>', 'user': 'bob'}");
        assertThat(Redactor.redact("Authorization: Basic YWxhZGRpbjpvcGVuc2VzYW1l"))
                .isEqualTo("Authorization: Basic <redacted>");
        assertThat(Redactor.redact("redis: connecting to redis://:s3cret@redis-master:6379/0"))
                .isEqualTo("redis: connecting to redis://:<redacted>@redis-master:6379/0");
    }

    @Test
    void keeps_secret_names_references_and_prose_the_diagnosis_needs() {
        String[] kept = {
            "      DB_PASSWORD:  <set to the key 'password' in secret 'db-secret'>  Optional: false",
            "    SecretName:  db-secret",
            "    TokenExpirationSeconds:  3607",
            "  Warning  Failed  1m  kubelet  Error: secret \"db-secret\" not found",
            "failed to authorize: failed to fetch anonymous token: unexpected status: 401 Unauthorized",
            "Basic authentication is disabled; use a token",
            "could not translate host name \"db\" to address: Name or service not known",
        };
        for (String line : kept) {
            assertThat(Redactor.redact(line)).isEqualTo(line);
        }
    }

    @Test
    void recognises_sensitive_variable_names_in_every_case_style() {
        assertThat(Redactor.isSensitiveName("DB_PASSWORD")).isTrue();
        assertThat(Redactor.isSensitiveName("githubToken")).isTrue();
        assertThat(Redactor.isSensitiveName("AWS_SECRET_ACCESS_KEY")).isTrue();
        assertThat(Redactor.isSensitiveName("SECRET_NAME")).isFalse();
        assertThat(Redactor.isSensitiveName("LOG_LEVEL")).isFalse();
        assertThat(Redactor.isSensitiveName("KEYCLOAK_URL")).isFalse();
    }

    @Test
    void stays_fast_on_a_hostile_line_of_a_hundred_thousand_characters() {
        String hostile = "A: ".repeat(30_000) + "password=" + "x".repeat(10_000);
        long start = System.nanoTime();
        String redacted = Redactor.redact(hostile);
        assertThat(redacted).endsWith("password=<redacted>");
        assertThat(System.nanoTime() - start).as("linear time, not catastrophic backtracking")
                .isLessThan(2_000_000_000L);
    }
}
