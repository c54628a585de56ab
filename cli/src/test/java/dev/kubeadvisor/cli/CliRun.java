package dev.kubeadvisor.cli;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** One in-process run of the CLI: its exit code and what it printed. */
record CliRun(int exitCode, String out, String err) {

    static CliRun withStdin(String stdin, String... args) {
        return run(stdin.getBytes(StandardCharsets.UTF_8), args);
    }

    static CliRun run(byte[] stdin, String... args) {
        return run(Path.of("").toAbsolutePath(), stdin, args);
    }

    /** Runs the CLI as if started in {@code directory}, with nothing on standard input. */
    static CliRun inDirectory(Path directory, String... args) {
        return run(directory, new byte[0], args);
    }

    private static CliRun run(Path directory, byte[] stdin, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = KubeAdvisorCommand.run(directory, new ByteArrayInputStream(stdin), new PrintWriter(out),
                new PrintWriter(err), false, args);
        return new CliRun(code, out.toString(), err.toString());
    }
}
