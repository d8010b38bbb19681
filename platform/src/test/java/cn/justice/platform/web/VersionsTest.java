package cn.justice.platform.web;

import cn.justice.platform.problem.Problem;
import cn.justice.platform.problem.ProblemException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static cn.justice.platform.problem.ProblemAssertions.problemOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;

class VersionsTest {
    private static final long CURRENT = 7;

    @Test
    void etagIsTheQuotedVersion() {
        assertThat(Versions.etag(7)).isEqualTo("\"7\"");
        assertThat(Versions.etag(0)).isEqualTo("\"0\"");
    }

    @Test
    void etagIsAcceptedByIfMatch() {
        assertThatNoException().isThrownBy(() -> Versions.checkIfMatch(Versions.etag(CURRENT), CURRENT));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  "})
    void absentIfMatchIsNoPrecondition(String ifMatch) {
        assertThatNoException().isThrownBy(() -> Versions.checkIfMatch(ifMatch, CURRENT));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"7\"", " \"7\" ", "7", "W/\"7\"", "\"3\", \"7\"", "\"3\",W/\"7\",\"9\"", "*", "\"3\", *"})
    void matchingIfMatchPasses(String ifMatch) {
        assertThatNoException().isThrownBy(() -> Versions.checkIfMatch(ifMatch, CURRENT));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"6\"", "W/\"6\"", "\"6\", \"8\"", "\"77\"", "\"\"", "\"", "W/", "\"7", "abc"})
    void staleOrMalformedIfMatchIs412(String ifMatch) {
        ProblemException e = problemOf(() -> Versions.checkIfMatch(ifMatch, CURRENT), 412);

        assertThat(e.problem().type).isEqualTo(Problem.TYPE_BASE + "precondition-failed");
        assertThat(e.problem().extensions()).containsEntry("currentVersion", CURRENT);
    }

    @Test
    void bodyVersionAbsentOrCurrentPasses() {
        assertThatNoException().isThrownBy(() -> Versions.checkBodyVersion(null, CURRENT));
        assertThatNoException().isThrownBy(() -> Versions.checkBodyVersion(CURRENT, CURRENT));
        assertThatNoException().isThrownBy(() -> Versions.checkBodyVersion(1000L, 1000L));
    }

    @Test
    void staleBodyVersionIs409() {
        ProblemException e = problemOf(() -> Versions.checkBodyVersion(6L, CURRENT), 409);

        assertThat(e.problem().type).isEqualTo(Problem.TYPE_BASE + "version-conflict");
        assertThat(e.problem().extensions()).containsEntry("currentVersion", CURRENT);
        assertThat(e.problem().detail).contains("6").contains("7");
    }

    @Test
    void newerBodyVersionIsAlso409() {
        problemOf(() -> Versions.checkBodyVersion(8L, CURRENT), 409);
    }
}
