package cn.justice.mediation.committee;

import cn.justice.platform.problem.ProblemException;
import cn.justice.testing.LifecycleChecks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every action in every state of a committee: allowed ones lead to the right state, the rest are 409 with currentStatus. */
class CommitteeLifecycleTest {
    /** (action, from) → expected state; every pair not listed is forbidden. */
    private static final Map<String, Map<CommitteeStatus, CommitteeStatus>> ALLOWED = Map.of(
            "assess", Map.of(CommitteeStatus.ACTIVE, CommitteeStatus.ACTIVE),
            "dissolve", Map.of(CommitteeStatus.ACTIVE, CommitteeStatus.DISSOLVED),
            "update", Map.of(CommitteeStatus.ACTIVE, CommitteeStatus.ACTIVE,
                    CommitteeStatus.DISSOLVED, CommitteeStatus.DISSOLVED));

    @ParameterizedTest
    @EnumSource(CommitteeStatus.class)
    void theActionsAreExactlyTheTableAndEachInThisStateIsAllowedOrA409WithTheCurrentStatus(CommitteeStatus from) {
        LifecycleChecks.everyActionFrom(from, CommitteeLifecycle.actions(), ALLOWED, CommitteeLifecycle::apply);
    }

    @Test
    void aDissolvedCommitteeCanNeitherBeAssessedNorDissolvedAgain() {
        assertThatThrownBy(() -> CommitteeLifecycle.apply("assess", CommitteeStatus.DISSOLVED))
                .isInstanceOf(ProblemException.class).hasMessageContaining("DISSOLVED");
        assertThatThrownBy(() -> CommitteeLifecycle.apply("dissolve", CommitteeStatus.DISSOLVED))
                .isInstanceOf(ProblemException.class);
    }

    @Test
    void anUnknownActionIsAProgrammingError() {
        assertThatThrownBy(() -> CommitteeLifecycle.apply("merge", CommitteeStatus.ACTIVE))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
