package dev.kubeadvisor.http;

/** Stops a request with a problem answer; the one exception handler turns it into the response. */
final class ProblemException extends RuntimeException {

    private final transient Problem problem;

    private ProblemException(Problem problem) {
        super(problem.detail(), null, false, false);
        this.problem = problem;
    }

    Problem problem() {
        return problem;
    }

    static ProblemException badRequest(String reason, String detail) {
        return new ProblemException(Problem.of(reason, "Bad request", 400, detail));
    }

    static ProblemException unauthorized(String reason, String detail) {
        return new ProblemException(Problem.of(reason, "Unauthorized", 401, detail));
    }

    static ProblemException notFound(String detail) {
        return new ProblemException(Problem.of("not-found", "Not found", 404, detail));
    }

    static ProblemException bodyTooLarge(long limit) {
        return new ProblemException(Problem.of("body-too-large", "Payload too large", 413,
                "the request body is larger than the " + limit + " bytes this server accepts: send only the output "
                        + "of the objects to diagnose"));
    }

    static ProblemException unsupportedMediaType(String given, String accepted) {
        return new ProblemException(Problem.of("unsupported-media-type", "Unsupported media type", 415,
                "Content-Type " + (given == null ? "(none)" : "'" + given + "'") + " is not accepted here; send "
                        + accepted));
    }

    static ProblemException unrecognisedInput(String detail) {
        return new ProblemException(Problem.of("unrecognised-input", "Nothing to diagnose", 422, detail));
    }

    static ProblemException unavailable(String reason, String detail) {
        return new ProblemException(Problem.of(reason, "Service unavailable", 503, detail));
    }
}
