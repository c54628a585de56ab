package dev.kubeadvisor.live;

import io.fabric8.kubernetes.client.KubernetesClientException;
import java.io.InterruptedIOException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * Runs one read against the API server: retries what the server asks to retry (429, 5xx) a few times with a
 * growing pause, and turns what still fails into {@link MissingEvidence} instead of an error, so the scan goes on.
 */
final class ClusterReads {

    private static final Set<Integer> RETRIED = Set.of(429, 500, 502, 503, 504);
    static final int ATTEMPTS = 3;

    private final long firstPauseMillis;

    ClusterReads(long firstPauseMillis) {
        this.firstPauseMillis = firstPauseMillis;
    }

    /**
     * The result of {@code call}, or empty when the object does not exist (404) or the read failed; a failure is
     * added to {@code missing} as {@code read} with its reason.
     */
    <T> Optional<T> read(String read, Supplier<T> call, List<MissingEvidence> missing) {
        return read(read, call, missing, Set.of(404));
    }

    /** As {@link #read(String, Supplier, List)}, with the answers that mean "there is nothing to read". */
    <T> Optional<T> read(String read, Supplier<T> call, List<MissingEvidence> missing, Set<Integer> absent) {
        for (int attempt = 1; ; attempt++) {
            try {
                return Optional.ofNullable(call.get());
            } catch (KubernetesClientException e) {
                if (absent.contains(e.getCode())) {
                    return Optional.empty();
                }
                if (RETRIED.contains(e.getCode()) && attempt < ATTEMPTS && pause(attempt)) {
                    continue;
                }
                missing.add(new MissingEvidence(read, reason(e)));
                return Optional.empty();
            }
        }
    }

    private boolean pause(int attempt) {
        try {
            Thread.sleep(firstPauseMillis << (attempt - 1));
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static String reason(KubernetesClientException e) {
        int code = e.getCode();
        if (code == 401) {
            return "unauthorized (401): the credentials of the kubeconfig context were refused";
        }
        if (code == 403) {
            return "forbidden (403): the account may not do this read; deploy/rbac.yaml lists the read-only "
                    + "permissions kube-advisor needs";
        }
        if (code == 429 || code >= 500) {
            return "the API server answered " + code + " " + ATTEMPTS + " times";
        }
        if (code > 0) {
            return "the API server answered " + code + ": " + firstLine(e.getMessage());
        }
        return timedOut(e) ? "no answer in time (timed out); try again, or raise --timeout"
                : "the API server could not be reached: " + firstLine(rootMessage(e));
    }

    private static boolean timedOut(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof TimeoutException || cause instanceof InterruptedIOException
                    || cause.getClass().getSimpleName().contains("Timeout")) {
                return true;
            }
        }
        return false;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return String.valueOf(root.getMessage());
    }

    private static String firstLine(String text) {
        if (text == null) {
            return "";
        }
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline);
    }
}
