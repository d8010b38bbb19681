package cn.justice.publicity.activity;

import cn.justice.platform.problem.ProblemException;
import cn.justice.platform.record.StateMachine;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The activity state machine (DESIGN §5.4): PLANNED → HELD by {@code hold}, PLANNED → CANCELLED by {@code cancel}.
 * A HELD activity's figures can be corrected ({@code correct}, state stays HELD). Editable fields may be corrected
 * while PLANNED or HELD; a CANCELLED activity is closed.
 */
public final class ActivityLifecycle {
    public static final String HOLD = "hold";
    public static final String CORRECT = "correct";
    public static final String CANCEL = "cancel";
    public static final String UPDATE = "update";

    /** action → states it may be taken in. */
    static final Map<String, Set<ActivityStatus>> ALLOWED_FROM = Map.of(
            HOLD, EnumSet.of(ActivityStatus.PLANNED),
            CORRECT, EnumSet.of(ActivityStatus.HELD),
            CANCEL, EnumSet.of(ActivityStatus.PLANNED),
            UPDATE, EnumSet.of(ActivityStatus.PLANNED, ActivityStatus.HELD));

    /** action → the state it leads to (absent: the state stays). */
    static final Map<String, ActivityStatus> TARGET = Map.of(
            HOLD, ActivityStatus.HELD,
            CANCEL, ActivityStatus.CANCELLED);

    private ActivityLifecycle() {
    }

    private static final StateMachine<ActivityStatus> MACHINE = new StateMachine<>(ALLOWED_FROM, TARGET);

    /**
     * @return the state after {@code action}
     * @throws cn.justice.platform.problem.ProblemException 409 (currentStatus) when the action is not allowed in
     *                                                      {@code current}
     */
    public static ActivityStatus apply(String action, ActivityStatus current) {
        return MACHINE.apply(action, current);
    }

    public static Set<String> actions() {
        return MACHINE.actions();
    }
}
