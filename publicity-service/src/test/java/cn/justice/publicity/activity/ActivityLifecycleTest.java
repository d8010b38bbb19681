package cn.justice.publicity.activity;

import cn.justice.testing.LifecycleChecks;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ActivityLifecycleTest {
    private static final Map<String, Set<ActivityStatus>> ALLOWED = Map.of(
            "hold", EnumSet.of(ActivityStatus.PLANNED),
            "correct", EnumSet.of(ActivityStatus.HELD),
            "cancel", EnumSet.of(ActivityStatus.PLANNED),
            "update", EnumSet.of(ActivityStatus.PLANNED, ActivityStatus.HELD));

    @Test
    void allowedTransitions() {
        assertThat(ActivityLifecycle.apply("hold", ActivityStatus.PLANNED)).isEqualTo(ActivityStatus.HELD);
        assertThat(ActivityLifecycle.apply("cancel", ActivityStatus.PLANNED)).isEqualTo(ActivityStatus.CANCELLED);
        assertThat(ActivityLifecycle.apply("correct", ActivityStatus.HELD)).isEqualTo(ActivityStatus.HELD);
        assertThat(ActivityLifecycle.apply("update", ActivityStatus.PLANNED)).isEqualTo(ActivityStatus.PLANNED);
        assertThat(ActivityLifecycle.apply("update", ActivityStatus.HELD)).isEqualTo(ActivityStatus.HELD);
    }

    @Test
    void everyForbiddenTransitionIs409WithCurrentStatus() {
        int forbidden = LifecycleChecks.forbiddenAreConflicts(ActivityLifecycle.actions(), ALLOWED, ActivityStatus.values(),
                ActivityLifecycle::apply);
        assertThat(forbidden).isEqualTo(7);
    }

    @Test
    void unknownActionIsAProgrammingError() {
        assertThatThrownBy(() -> ActivityLifecycle.apply("explode", ActivityStatus.PLANNED))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
