package cn.justice.platform.problem;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Shared assertions on {@link ProblemException}s for the platform's unit tests. */
public final class ProblemAssertions {
    private ProblemAssertions() {
    }

    /** Runs {@code call}, asserts it throws a {@link ProblemException} with {@code status}, and returns it. */
    public static ProblemException problemOf(ThrowingCallable call, int status) {
        ProblemException e = catchThrowableOfType(ProblemException.class, call);
        assertThat(e).as("expected a ProblemException").isNotNull();
        assertThat(e.status()).isEqualTo(status);
        assertThat(e.problem().status).isEqualTo(status);
        return e;
    }

    /** Asserts a 400 validation problem about exactly one field, and returns its message. */
    public static String invalidField(ThrowingCallable call, String field) {
        ProblemException e = problemOf(call, 400);
        assertThat(e.problem().type).isEqualTo(Problem.TYPE_BASE + "validation");
        assertThat(e.problem().errors).extracting(Problem.FieldError::field).containsExactly(field);
        return e.problem().errors.get(0).message();
    }
}
