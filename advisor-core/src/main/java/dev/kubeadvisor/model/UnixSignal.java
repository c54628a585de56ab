package dev.kubeadvisor.model;

import java.util.Map;

/**
 * A Linux signal that killed a container's process. The runtime reports death by signal N as exit code 128 + N.
 * {@code meaning} says in plain words what usually sends it.
 */
public record UnixSignal(int number, String name, String meaning) {

    private static final Map<Integer, UnixSignal> KNOWN = Map.ofEntries(
            known(1, "SIGHUP", "hang-up: the controlling terminal or parent went away"),
            known(2, "SIGINT", "interrupt, as from Ctrl-C"),
            known(3, "SIGQUIT", "quit request (with a core dump)"),
            known(4, "SIGILL", "illegal instruction: the binary uses CPU instructions this node does not have"),
            known(5, "SIGTRAP", "trace or breakpoint trap"),
            known(6, "SIGABRT", "abort: the process gave up on itself (failed assertion, glibc \"double free or "
                    + "corruption\", C++ std::terminate, a Node.js FATAL ERROR such as heap out of memory, "
                    + "a JVM crash)"),
            known(7, "SIGBUS", "bus error: a bad memory access, often a memory-mapped file that shrank or a full "
                    + "/dev/shm"),
            known(8, "SIGFPE", "arithmetic error, such as an integer division by zero"),
            known(9, "SIGKILL", "kill: cannot be caught (OOM killer, or an external kill after the grace period)"),
            known(10, "SIGUSR1", "user-defined signal 1, not handled by the application"),
            known(11, "SIGSEGV", "segmentation fault: invalid memory access in native code (a C extension, JNI, "
                    + "a libc mismatch such as glibc against musl, or a binary built for another platform)"),
            known(12, "SIGUSR2", "user-defined signal 2, not handled by the application"),
            known(13, "SIGPIPE", "broken pipe: the process wrote to a pipe or socket whose reader had gone"),
            known(14, "SIGALRM", "alarm clock timer, not handled by the application"),
            known(15, "SIGTERM", "termination request: the normal graceful stop"),
            known(24, "SIGXCPU", "CPU time limit (ulimit) exceeded"),
            known(25, "SIGXFSZ", "file size limit (ulimit) exceeded"),
            known(31, "SIGSYS", "bad system call: a seccomp profile blocked a system call"));
    private static final int FIRST_SIGNAL_EXIT_CODE = 129;
    private static final int LAST_SIGNAL_EXIT_CODE = 128 + 64;

    /** The signal behind an exit code of 129 to 192, else {@code null}. */
    public static UnixSignal fromExitCode(int exitCode) {
        if (exitCode < FIRST_SIGNAL_EXIT_CODE || exitCode > LAST_SIGNAL_EXIT_CODE) {
            return null;
        }
        return of(exitCode - 128);
    }

    public static UnixSignal of(int number) {
        UnixSignal signal = KNOWN.get(number);
        return signal != null ? signal : new UnixSignal(number, "signal " + number, "a signal the application "
                + "did not handle");
    }

    private static Map.Entry<Integer, UnixSignal> known(int number, String name, String meaning) {
        return Map.entry(number, new UnixSignal(number, name, meaning));
    }
}
