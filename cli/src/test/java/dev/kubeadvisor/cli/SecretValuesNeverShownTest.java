package dev.kubeadvisor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Credentials written in plain text in a pod spec are reported by name; their values never leave the parser. */
class SecretValuesNeverShownTest {

    private static final Path PLAIN_ENV = Path.of(System.getProperty("fixtures.dir", "../fixtures"),
            "rules", "config-secret-in-plain-env");
    /** The literal values in those fixtures: a password, an API key and the lines of a multi-line private key. */
    private static final List<String> SECRETS = List.of("Ch3ck0ut-Pr0d-2025!", "sk_live_51NqXaRkT8yJd2FvWcQmZ0pLs",
            "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQDQx7Vt2p9K3mLw",
            "Zf8cR1sT4uV6yW0aB3dE5gH7jK9lM1nP3qR5sT7uV9wX1yZ3aB5cD7eF9gH1iJ3k");

    @ParameterizedTest
    @ValueSource(strings = {"json", "text"})
    void reports_plain_text_credentials_without_their_values(String format) throws Exception {
        Path password = PLAIN_ENV.resolve("fires-database-password-and-api-key/describe.txt");
        Path privateKey = PLAIN_ENV.resolve("fires-multi-line-private-key/describe.txt");
        assertThat(Files.readString(password) + Files.readString(privateKey))
                .as("the fixtures hold the values this test looks for").contains(SECRETS);

        String output = diagnose("-o", format, password.toString(), privateKey.toString());

        assertThat(output).contains("config-secret-in-plain-env", "DB_PASSWORD", "STRIPE_API_KEY", "JWT_SIGNING_KEY",
                "<redacted>");
        assertThat(output).doesNotContain(SECRETS);
    }

    private static String diagnose(String... args) {
        String[] command = new String[args.length + 1];
        command[0] = "diagnose";
        System.arraycopy(args, 0, command, 1, args.length);
        CliRun run = CliRun.run(new byte[0], command);
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        return run.out() + run.err();
    }
}
