package dev.kubeadvisor.model;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the runtime's error when it could not start a container's process. {@link #kind} sorts it: the command
 * does not exist, is not executable ({@code exec: "/app/run.sh": permission denied}), or is built for another CPU
 * ({@code exec /usr/local/bin/app: exec format error}). A missing command reads
 * e.g. {@code exec: "wge": executable file not found in $PATH} (containerd, CRI-O), Docker's escaped
 * {@code exec: \"wge\": executable file not found in $PATH}, or
 * {@code exec: "/app/run.sh": stat /app/run.sh: no such file or directory}; also a script whose interpreter (the
 * {@code #!} line) is missing: {@code exec /app/run.sh: no such file or directory}, Docker's
 * {@code exec user process caused "no such file or directory"}.
 */
public final class ExecFailure {

    public static final String COMMAND_NOT_FOUND = "command-not-found";
    public static final String NOT_EXECUTABLE = "not-executable";
    public static final String EXEC_FORMAT_ERROR = "exec-format-error";

    private static final Pattern NAMED = Pattern.compile(
            "exec: \\\\?\"([^\"\\\\]+)\\\\?\"|exec (/\\S+): (?:no such file or directory|permission denied|exec format error)");
    private static final Pattern DENIED = Pattern.compile(
            "exec: \\\\?\"[^\"\\\\]+\\\\?\": (?:stat [^:]+: )?permission denied"
                    + "|exec user process caused:? \\\\?\"?permission denied|exec /\\S+: permission denied");
    private static final Pattern WRONG_ARCHITECTURE = Pattern.compile("exec format error");
    private static final Pattern MISSING = Pattern.compile(
            "executable file not found|exec: \\\\?\"[^\"\\\\]+\\\\?\": (?:stat [^:]+: )?no such file or directory"
                    + "|exec user process caused:? \\\\?\"?no such file or directory|exec /\\S+: no such file or directory");

    private ExecFailure() {
    }

    /**
     * {@value #EXEC_FORMAT_ERROR}, {@value #NOT_EXECUTABLE} or {@value #COMMAND_NOT_FOUND} when the message is such a
     * start failure, else {@code null}.
     */
    public static String kind(String message) {
        if (message == null) {
            return null;
        }
        if (WRONG_ARCHITECTURE.matcher(message).find()) {
            return EXEC_FORMAT_ERROR;
        }
        if (DENIED.matcher(message).find()) {
            return NOT_EXECUTABLE;
        }
        return isMissingCommand(message) ? COMMAND_NOT_FOUND : null;
    }

    /** True when the message says the command to run was not found. */
    public static boolean isMissingCommand(String message) {
        return message != null && MISSING.matcher(message).find();
    }

    /** The command the runtime could not find, or {@code null} when the message does not name it. */
    public static String missingCommand(String message) {
        return isMissingCommand(message) ? command(message) : null;
    }

    /** The command the runtime could not run, or {@code null} when the message does not name it. */
    private static String command(String message) {
        Matcher m = NAMED.matcher(message);
        if (!m.find()) {
            return null;
        }
        return m.group(1) != null ? m.group(1) : m.group(2);
    }

    /** What the message says went wrong, in plain words; {@code null} when it is no start failure {@link #kind} knows. */
    public static String describe(String message) {
        String kind = kind(message);
        if (kind == null) {
            return null;
        }
        String command = command(message);
        String named = command == null ? "the command" : "\"" + command + "\"";
        if (kind.equals(EXEC_FORMAT_ERROR)) {
            return named + " is not a program this node's CPU can run (exec format error)";
        }
        if (kind.equals(NOT_EXECUTABLE)) {
            return named + " exists but may not be executed (permission denied)";
        }
        if (command == null) {
            return "the command (or the interpreter on its #! line) does not exist in the image";
        }
        return message.contains("executable file not found") ? "\"" + command + "\" is not in the image's $PATH"
                : "\"" + command + "\" does not exist in the image (or the interpreter on its #! line does not)";
    }
}
