package dev.kubeadvisor.testing.kubectl;

import tools.jackson.databind.json.JsonMapper;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A real kubectl binary, run against a {@link FixtureApiServer}.
 *
 * <p>Binaries are looked up in the directory named by {@value #DIRECTORY_VARIABLE}, then in the directory of the
 * {@code kubectl} found on PATH (symbolic links resolved). In each directory the versioned binaries
 * {@code kubectl.1.<minor>} (as the Cloud SDK installs them beside its dispatcher) are used, or, when there are none,
 * the plain {@code kubectl} if it can report its version.
 */
public final class Kubectl {

    public static final String DIRECTORY_VARIABLE = "KUBE_ADVISOR_KUBECTL_DIR";

    private static final long TIMEOUT_SECONDS = 30;
    private static final Pattern VERSIONED_NAME = Pattern.compile("kubectl\\.1\\.(\\d+)");

    private final Path binary;
    private final int minorVersion;

    private Kubectl(Path binary, int minorVersion) {
        this.binary = binary;
        this.minorVersion = minorVersion;
    }

    /** Every kubectl found, one per version, oldest first; empty when there is none. */
    public static List<Kubectl> installedVersions() {
        var byMinorVersion = new LinkedHashMap<Integer, Kubectl>();
        for (Path directory : searchedDirectories()) {
            for (Kubectl kubectl : inDirectory(directory)) {
                byMinorVersion.putIfAbsent(kubectl.minorVersion, kubectl);
            }
        }
        return byMinorVersion.values().stream().sorted(Comparator.comparingInt(kubectl -> kubectl.minorVersion))
                .toList();
    }

    /** Where {@link #installedVersions()} looks, for messages that explain why nothing was found. */
    public static String searchDescription() {
        return "looked for kubectl.1.* or kubectl in $" + DIRECTORY_VARIABLE + " and beside the kubectl on PATH: "
                + searchedDirectories();
    }

    /** {@code "1.27"} */
    public String version() {
        return "1." + minorVersion;
    }

    /**
     * Runs kubectl with {@code arguments} against {@code server}, with a kubeconfig and discovery cache of its own,
     * {@code TZ=UTC} and an empty {@code HOME}.
     *
     * @return what kubectl wrote to standard output
     * @throws KubectlException when kubectl fails or does not finish within 30 seconds
     */
    public String run(FixtureApiServer server, String... arguments) {
        Path workDirectory;
        try {
            workDirectory = Files.createTempDirectory("kubectl-run-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            Path kubeconfig = Files.writeString(workDirectory.resolve("kubeconfig"), kubeconfig(server));
            Path home = Files.createDirectory(workDirectory.resolve("home"));
            var command = new ArrayList<>(List.of(binary.toString(), "--kubeconfig", kubeconfig.toString(),
                    "--cache-dir", workDirectory.resolve("cache").toString()));
            command.addAll(List.of(arguments));
            return execute(command, home, workDirectory.resolve("stdout"), workDirectory.resolve("stderr"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deleteRecursively(workDirectory);
        }
    }

    /** {@code kubectl describe <kind> <name> --namespace <namespace>} */
    public String describe(FixtureApiServer server, String kind, String name, String namespace) {
        return run(server, "describe", kind, name, "--namespace", namespace);
    }

    /** {@code kubectl describe <kind> <name>} for a cluster-scoped object such as a node. */
    public String describe(FixtureApiServer server, String kind, String name) {
        return run(server, "describe", kind, name);
    }

    @Override
    public String toString() {
        return "kubectl " + version();
    }

    private String execute(List<String> command, Path home, Path stdout, Path stderr) throws IOException {
        var processBuilder = new ProcessBuilder(command).redirectOutput(stdout.toFile()).redirectError(stderr.toFile());
        Map<String, String> environment = processBuilder.environment();
        environment.remove("KUBECONFIG");
        environment.put("TZ", "UTC");
        environment.put("HOME", home.toString());
        Process process = processBuilder.start();
        process.getOutputStream().close();
        try {
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new KubectlException(this + " did not finish within " + TIMEOUT_SECONDS + " s: " + command);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new KubectlException(this + " was interrupted: " + command);
        }
        if (process.exitValue() != 0) {
            throw new KubectlException("%s exited with %d: %s%n%s".formatted(this, process.exitValue(),
                    command, Files.readString(stderr, StandardCharsets.UTF_8)));
        }
        return Files.readString(stdout, StandardCharsets.UTF_8);
    }

    private static String kubeconfig(FixtureApiServer server) {
        return """
                apiVersion: v1
                kind: Config
                clusters:
                - name: fixture
                  cluster:
                    server: %s
                users:
                - name: fixture
                  user: {}
                contexts:
                - name: fixture
                  context:
                    cluster: fixture
                    user: fixture
                    namespace: default
                current-context: fixture
                """.formatted(server.url());
    }

    private static List<Path> searchedDirectories() {
        var directories = new ArrayList<Path>();
        Optional.ofNullable(System.getenv(DIRECTORY_VARIABLE)).filter(value -> !value.isBlank())
                .map(Path::of).ifPresent(directories::add);
        kubectlOnPath().map(Path::getParent).filter(directory -> !directories.contains(directory))
                .ifPresent(directories::add);
        return directories;
    }

    private static Optional<Path> kubectlOnPath() {
        String path = Optional.ofNullable(System.getenv("PATH")).orElse("");
        return Stream.of(path.split(File.pathSeparator))
                .filter(entry -> !entry.isEmpty())
                .map(entry -> Path.of(entry, "kubectl"))
                .filter(Files::isExecutable)
                .findFirst()
                .map(Kubectl::realPath);
    }

    private static List<Kubectl> inDirectory(Path directory) {
        List<Kubectl> versioned;
        try (Stream<Path> files = Files.list(directory)) {
            versioned = files.flatMap(file -> {
                Matcher matcher = VERSIONED_NAME.matcher(file.getFileName().toString());
                return matcher.matches() && Files.isExecutable(file)
                        ? Stream.of(new Kubectl(file, Integer.parseInt(matcher.group(1))))
                        : Stream.empty();
            }).toList();
        } catch (IOException e) {
            return List.of();
        }
        if (!versioned.isEmpty()) {
            return versioned;
        }
        Path plain = directory.resolve("kubectl");
        return Files.isExecutable(plain)
                ? clientMinorVersion(plain).map(minor -> List.of(new Kubectl(realPath(plain), minor))).orElse(List.of())
                : List.of();
    }

    /** The minor version {@code kubectl version --client} reports, if the binary runs. */
    private static Optional<Integer> clientMinorVersion(Path binary) {
        try {
            Process process = new ProcessBuilder(binary.toString(), "version", "--client", "-o", "json")
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            process.getOutputStream().close();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS) || process.exitValue() != 0) {
                process.destroyForcibly();
                return Optional.empty();
            }
            String minor = JsonMapper.shared().readTree(output).path("clientVersion").path("minor").asString();
            return Optional.of(Integer.parseInt(minor.replaceAll("\\D", "")));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    private static Path realPath(Path file) {
        try {
            return file.toRealPath();
        } catch (IOException e) {
            return file;
        }
    }

    private static void deleteRecursively(Path directory) {
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        } catch (IOException e) {
            // A leftover temporary directory must not fail the run that produced the output.
        }
    }
}
