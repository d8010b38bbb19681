package cn.justice.platform.problem;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ProblemExceptionTest {
    enum DisputeStatus { REGISTERED, CLOSED }

    @Test
    void invalidStatePutsTheCurrentStatusExtension() {
        ProblemException e = ProblemException.invalidState("accept", DisputeStatus.CLOSED);

        assertThat(e.status()).isEqualTo(409);
        assertThat(e.problem().type).isEqualTo(Problem.TYPE_BASE + "invalid-state");
        assertThat(e.problem().extensions()).containsExactly(Map.entry("currentStatus", "CLOSED"));
        assertThat(e.problem().detail).contains("'accept'").contains("CLOSED");
        assertThat(e.getMessage()).isEqualTo(e.problem().detail);
    }

    @Test
    void preconditionFailedIs412WithTheCurrentVersion() {
        ProblemException e = ProblemException.preconditionFailed("\"3\"", 5);

        assertThat(e.status()).isEqualTo(412);
        assertThat(e.problem().type).isEqualTo(Problem.TYPE_BASE + "precondition-failed");
        assertThat(e.problem().extensions()).containsEntry("currentVersion", 5L);
        assertThat(e.problem().detail).contains("\"3\"").contains("\"5\"");
    }

    @Test
    void versionConflictIs409WithTheCurrentVersion() {
        ProblemException e = ProblemException.versionConflict(3, 5);

        assertThat(e.status()).isEqualTo(409);
        assertThat(e.problem().extensions()).containsEntry("currentVersion", 5L);
    }

    @Test
    void invalidOfOneFieldNamesIt() {
        ProblemException e = ProblemException.invalid("size", "must be between 1 and 200");

        assertThat(e.status()).isEqualTo(400);
        assertThat(e.problem().detail).isEqualTo("size: must be between 1 and 200");
        assertThat(e.problem().errors).containsExactly(new Problem.FieldError("size", "must be between 1 and 200"));
    }

    @Test
    void invalidOfSeveralFieldsCountsThem() {
        ProblemException e = ProblemException.invalid(List.of(
                new Problem.FieldError("a", "bad"), new Problem.FieldError("b", "worse")));

        assertThat(e.problem().detail).isEqualTo("2 fields are invalid");
        assertThat(e.problem().errors).hasSize(2);
    }

    @Test
    void ruleViolatedNamesTheRule() {
        ProblemException e = ProblemException.ruleViolated("one-open-dispute", "an open dispute already exists");

        assertThat(e.status()).isEqualTo(409);
        assertThat(e.problem().extensions()).containsEntry("rule", "one-open-dispute");
    }

    @Test
    void isCheapToThrow() {
        // problems are control flow: no stack trace is captured
        assertThat(ProblemException.notFound("dispute", 1).getStackTrace()).isEmpty();
    }
}
