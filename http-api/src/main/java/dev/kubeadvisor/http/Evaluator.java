package dev.kubeadvisor.http;

import dev.kubeadvisor.Advisor;
import dev.kubeadvisor.DiagnoseOptions;
import dev.kubeadvisor.Snapshot;
import dev.kubeadvisor.engine.RuleLoopException;
import dev.kubeadvisor.input.InputDocument;
import dev.kubeadvisor.input.InputException;
import dev.kubeadvisor.report.Report;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Reads and diagnoses one request's inputs on a worker pool, waiting at most the evaluation cap: a request that
 * takes longer is answered 503 and its worker interrupted, so one bad input never holds a server thread.
 */
final class Evaluator implements AutoCloseable {

    private static final int WARM_UP_ROUNDS = 5;

    private final Advisor advisor;
    private final Duration timeout;
    private final ExecutorService workers;

    Evaluator(Advisor advisor, Duration timeout) {
        this.advisor = advisor;
        this.timeout = timeout;
        this.workers = Executors.newFixedThreadPool(Math.max(2, Runtime.getRuntime().availableProcessors() * 2),
                daemonThreads());
    }

    /**
     * Diagnoses a small bundled sample a few times, so that the first requests do not pay for loading and compiling
     * the parsing and rule classes (which can take seconds) within their time cap.
     */
    void warmUp() {
        List<InputDocument> sample = List.of(new InputDocument("warm-up.txt",
                StaticPage.resource("warm-up.describe.txt", "text/plain").text()));
        for (int round = 0; round < WARM_UP_ROUNDS; round++) {
            advisor.diagnose(Snapshot.fromInputs(sample));
        }
    }

    Report diagnose(List<InputDocument> inputs, DiagnoseOptions options) {
        Future<Report> result;
        try {
            result = workers.submit(() -> advisor.diagnose(Snapshot.fromInputs(inputs), options));
        } catch (RejectedExecutionException e) {
            throw ProblemException.unavailable("shutting-down", "the server is shutting down; retry on another replica");
        }
        try {
            return result.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            result.cancel(true);
            throw ProblemException.unavailable("evaluation-timeout", "the diagnosis took longer than "
                    + timeout.toMillis() + " ms and was stopped; send less input or retry later");
        } catch (InterruptedException e) {
            result.cancel(true);
            Thread.currentThread().interrupt();
            throw ProblemException.unavailable("shutting-down", "the request was interrupted");
        } catch (ExecutionException e) {
            throw translated(e.getCause());
        }
    }

    private static RuntimeException translated(Throwable cause) {
        if (cause instanceof InputException) {
            return ProblemException.unrecognisedInput(cause.getMessage());
        }
        if (cause instanceof RuleLoopException) {
            return ProblemException.unavailable("rule-loop", cause.getMessage());
        }
        return cause instanceof RuntimeException runtime ? runtime : new IllegalStateException(cause);
    }

    @Override
    public void close() {
        workers.shutdown();
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, "kube-advisor-evaluation-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
