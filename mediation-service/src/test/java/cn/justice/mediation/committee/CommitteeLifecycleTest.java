package cn.justice.mediation.committee;

import cn.justice.platform.problem.ProblemException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every action in every state of a committee: allowed ones lead to the right state, the rest are 409 with currentStatus. */
class CommitteeLifecycleTest {
    /** (action, from) → expected state; every pair not listed is forbidden. */
    private static final Map<String, Map<CommitteeStatus, CommitteeStatus>> ALLOWED = Map.of(
            "assess", Map.of(CommitteeStatus.ACTIVE, CommitteeStatus.ACTIVE),
            "dissolve", Map.of(CommitteeStatus.ACTIVE, CommitteeStatus.DISSOLVED),
            "update", Map.of(CommitteeStatus.ACTIVE, CommitteeStatus.ACTIVE,
                    CommitteeStatus.DISSOLVED, CommitteeStatus.DISSOLVED));

    @Test
    void theActionsAreExactlyAssessDissolveAndUpdate() {
        assertThat(CommitteeLifecycle.actions()).isEqualTo(Set.of("assess", "dissolve", "update"));
    }

    @ParameterizedTest
    @EnumSource(CommitteeStatus.class)
    void everyActionInThisStateIsAllowedOrA409WithTheCurrentStatus(CommitteeStatus from) {
        for (String action : CommitteeLifecycle.actions()) {
            CommitteeStatus expected = ALLOWED.get(action).get(from);
            if (expected != null) {
                assertThat(CommitteeLifecycle.apply(action, from)).as(action + " from " + from).isEqualTo(expected);
            } else {
                assertThatThrownBy(() -> CommitteeLifecycle.apply(action, from)).as(action + " from " + from)
                        .isInstanceOfSatisfying(ProblemException.class, e -> {
                            assertThat(e.status()).isEqualTo(409);
                            assertThat(e.problem().type).endsWith("/invalid-state");
                            assertThat(e.problem().extensions()).containsEntry("currentStatus", from.name());
                        });
            }
        }
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
