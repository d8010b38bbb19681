package cn.justice.correction.released;

import cn.justice.testing.LifecycleChecks;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReleasedLifecycleTest {
    private static final Map<String, Set<ReleasedStatus>> ALLOWED = Map.of(
            "connect", EnumSet.of(ReleasedStatus.REGISTERED),
            "place", EnumSet.of(ReleasedStatus.CONNECTED),
            "close", EnumSet.of(ReleasedStatus.REGISTERED, ReleasedStatus.CONNECTED, ReleasedStatus.PLACED),
            "reoffend", EnumSet.of(ReleasedStatus.REGISTERED, ReleasedStatus.CONNECTED, ReleasedStatus.PLACED),
            "assist", EnumSet.of(ReleasedStatus.REGISTERED, ReleasedStatus.CONNECTED, ReleasedStatus.PLACED),
            "update", EnumSet.of(ReleasedStatus.REGISTERED, ReleasedStatus.CONNECTED, ReleasedStatus.PLACED));

    @Test
    void registeredConnectedPlacedClosed() {
        assertThat(ReleasedLifecycle.apply("connect", ReleasedStatus.REGISTERED)).isEqualTo(ReleasedStatus.CONNECTED);
        assertThat(ReleasedLifecycle.apply("place", ReleasedStatus.CONNECTED)).isEqualTo(ReleasedStatus.PLACED);
        for (ReleasedStatus s : ALLOWED.get("assist")) {
            // DESIGN §10.1: close from every open state, not only after placement; a re-offence keeps the state
            assertThat(ReleasedLifecycle.apply("close", s)).isEqualTo(ReleasedStatus.CLOSED);
            assertThat(ReleasedLifecycle.apply("reoffend", s)).isEqualTo(s);
            assertThat(ReleasedLifecycle.apply("assist", s)).isEqualTo(s);
            assertThat(ReleasedLifecycle.apply("update", s)).isEqualTo(s);
        }
    }

    @Test
    void everyForbiddenTransitionIs409WithCurrentStatus() {
        int forbidden = LifecycleChecks.forbiddenAreConflicts(ReleasedLifecycle.actions(), ALLOWED, ReleasedStatus.values(),
                ReleasedLifecycle::apply);
        // connect 3, place 3, close/reoffend/assist/update 1 each (CLOSED)
        assertThat(forbidden).isEqualTo(6 * 4 - 14);
        assertThatThrownBy(() -> ReleasedLifecycle.apply("vanish", ReleasedStatus.PLACED)).isInstanceOf(IllegalArgumentException.class);
    }
}
