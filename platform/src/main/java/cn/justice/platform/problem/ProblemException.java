package cn.justice.platform.problem;

import java.util.List;
import java.util.Map;

/**
 * Thrown by domain and platform code to answer with a problem. Factory methods name the common cases so the
 * {@code type} slugs and titles stay the same across services.
 */
public class ProblemException extends RuntimeException {
    private final transient Problem problem;
    private final transient Map<String, String> headers;

    public ProblemException(Problem problem) {
        this(problem, Map.of());
    }

    public ProblemException(Problem problem, Map<String, String> headers) {
        super(problem.detail, null, false, false);
        this.problem = problem;
        this.headers = headers;
    }

    public Problem problem() {
        return problem;
    }

    public Map<String, String> headers() {
        return headers;
    }

    public int status() {
        return problem.status;
    }

    public static ProblemException badRequest(String detail) {
        return new ProblemException(new Problem("bad-request", "Bad request", 400, detail));
    }

    /** A 400 validation problem about one field. */
    public static ProblemException invalid(String field, String message) {
        Problem p = new Problem("validation", "Validation failed", 400, field + ": " + message);
        p.errors = List.of(new Problem.FieldError(field, message));
        return new ProblemException(p);
    }

    public static ProblemException invalid(List<Problem.FieldError> errors) {
        Problem p = new Problem("validation", "Validation failed", 400,
                errors.size() == 1 ? errors.get(0).field() + ": " + errors.get(0).message()
                        : errors.size() + " fields are invalid");
        p.errors = errors;
        return new ProblemException(p);
    }

    public static ProblemException notFound(String what, Object id) {
        return new ProblemException(new Problem("not-found", "Not found", 404, what + " " + id + " does not exist"));
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(new Problem("forbidden", "Forbidden", 403, detail));
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(new Problem("conflict", "Conflict", 409, detail));
    }

    /** 409 for an action that the record's current state does not allow; {@code currentStatus} tells the state. */
    public static ProblemException invalidState(String action, Object currentStatus) {
        return new ProblemException(new Problem("invalid-state", "Action not allowed in the current state", 409,
                "'" + action + "' is not allowed while the record is " + currentStatus)
                .with("currentStatus", String.valueOf(currentStatus)));
    }

    /** 409: a rule of the domain forbids the change; {@code detail} says which and why. */
    public static ProblemException ruleViolated(String rule, String detail) {
        return new ProblemException(new Problem("rule-violated", "Business rule violated", 409, detail)
                .with("rule", rule));
    }

    /**
     * 422: the statute the line follows forbids it (DESIGN §10); {@code detail} starts with the article, e.g.
     * {@code "人民调解法第33条: …"}, {@code rule} names the rule. (The first wave's {@link #ruleViolated} stays 409.)
     */
    public static ProblemException lawViolated(String rule, String detail) {
        return new ProblemException(new Problem("rule-violated", "Business rule violated", 422, detail)
                .with("rule", rule));
    }

    /** 409: the body carried a {@code version} that is no longer current. */
    public static ProblemException versionConflict(long expected, long current) {
        return new ProblemException(new Problem("version-conflict", "Version conflict", 409,
                "the record was changed: version " + expected + " was sent, the current version is " + current)
                .with("currentVersion", current));
    }

    /** 412: the {@code If-Match} version is no longer current. */
    public static ProblemException preconditionFailed(String ifMatch, long current) {
        return new ProblemException(new Problem("precondition-failed", "Precondition failed", 412,
                "If-Match " + ifMatch + " does not match the current version \"" + current + "\"")
                .with("currentVersion", current));
    }

    public static ProblemException unprocessable(String typeSlug, String detail) {
        return new ProblemException(new Problem(typeSlug, "Unprocessable request", 422, detail));
    }

    public static ProblemException unavailable(String detail) {
        return new ProblemException(new Problem("service-unavailable", "Service unavailable", 503, detail));
    }
}
