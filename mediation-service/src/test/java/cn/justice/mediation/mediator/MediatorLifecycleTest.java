package cn.justice.mediation.mediator;

import cn.justice.testing.LifecycleChecks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every action in every state of a mediator: allowed ones lead to the right state, the rest are 409 with currentStatus. */
class MediatorLifecycleTest {
    private static final Map<String, Map<MediatorStatus, MediatorStatus>> ALLOWED = Map.of(
            "retire", Map.of(MediatorStatus.ACTIVE, MediatorStatus.RETIRED),
            "train", Map.of(MediatorStatus.ACTIVE, MediatorStatus.ACTIVE),
            "update", Map.of(MediatorStatus.ACTIVE, MediatorStatus.ACTIVE, MediatorStatus.RETIRED, MediatorStatus.RETIRED));

    @ParameterizedTest
    @EnumSource(MediatorStatus.class)
    void theActionsAreExactlyTheTableAndEachInThisStateIsAllowedOrA409WithTheCurrentStatus(MediatorStatus from) {
        LifecycleChecks.everyActionFrom(from, MediatorLifecycle.actions(), ALLOWED, MediatorLifecycle::apply);
    }

    @Test
    void anUnknownActionIsAProgrammingError() {
        assertThatThrownBy(() -> MediatorLifecycle.apply("promote", MediatorStatus.ACTIVE))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
