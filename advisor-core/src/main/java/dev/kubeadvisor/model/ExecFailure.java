package dev.kubeadvisor.model;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the runtime's error when it could not start a container's process because the command does not exist,
 * e.g. {@code exec: "wge": executable file not found in $PATH} (containerd, CRI-O), Docker's escaped
 * {@code exec: \"wge\": executable file not found in $PATH}, or
 * {@code exec: "/app/run.sh": stat /app/run.sh: no such file or directory}; also a script whose interpreter (the
 * {@code #!} line) is missing: {@code exec /app/run.sh: no such file or directory}, Docker's
 * {@code exec user process caused "no such file or directory"}.
 */
public final class ExecFailure {

    private static final Pattern NAMED = Pattern.compile(
            "exec: \\\\?\"([^\"\\\\]+)\\\\?\"|exec (/\\S+): no such file or directory");
    private static final Pattern MISSING = Pattern.compile(
            "executable file not found|exec: \\\\?\"[^\"\\\\]+\\\\?\": (?:stat [^:]+: )?no such file or directory"
                    + "|exec user process caused:? \\\\?\"?no such file or directory|exec /\\S+: no such file or directory");

    private ExecFailure() {
    }

    /** True when the message says the command to run was not found. */
    public static boolean isMissingCommand(String message) {
        return message != null && MISSING.matcher(message).find();
    }

    /** The command the runtime could not find, or {@code null} when the message does not name it. */
    public static String missingCommand(String message) {
        if (!isMissingCommand(message)) {
            return null;
        }
        Matcher m = NAMED.matcher(message);
        if (!m.find()) {
            return null;
        }
        return m.group(1) != null ? m.group(1) : m.group(2);
    }

    /** What the message says is missing, in plain words; {@code null} when it is not a missing command. */
    public static String describe(String message) {
        if (!isMissingCommand(message)) {
            return null;
        }
        String command = missingCommand(message);
        if (command == null) {
            return "the command (or the interpreter on its #! line) does not exist in the image";
        }
        return message.contains("executable file not found") ? "\"" + command + "\" is not in the image's $PATH"
                : "\"" + command + "\" does not exist in the image (or the interpreter on its #! line does not)";
    }
}
