package cn.justice.mediation.committee;

import cn.justice.platform.problem.ProblemException;
import cn.justice.platform.record.StateMachine;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The committee state machine (DESIGN §5.1): ACTIVE (在册) → DISSOLVED (撤销) by {@code dissolve}. An ACTIVE
 * committee can be assessed (规范化评估) any number of times; the latest assessment counts. Editable fields may be
 * corrected in either state (a dissolved committee's dates still shape the historical figures).
 */
public final class CommitteeLifecycle {
    public static final String ASSESS = "assess";
    public static final String DISSOLVE = "dissolve";
    public static final String UPDATE = "update";

    /** action → states it may be taken in. */
    static final Map<String, Set<CommitteeStatus>> ALLOWED_FROM = Map.of(
            ASSESS, EnumSet.of(CommitteeStatus.ACTIVE),
            DISSOLVE, EnumSet.of(CommitteeStatus.ACTIVE),
            UPDATE, EnumSet.allOf(CommitteeStatus.class));

    /** action → the state it leads to (absent: the state stays). */
    static final Map<String, CommitteeStatus> TARGET = Map.of(DISSOLVE, CommitteeStatus.DISSOLVED);

    private CommitteeLifecycle() {
    }

    private static final StateMachine<CommitteeStatus> MACHINE = new StateMachine<>(ALLOWED_FROM, TARGET);

    /**
     * @return the state after {@code action}
     * @throws cn.justice.platform.problem.ProblemException 409 (currentStatus) when the action is not allowed in
     *                                                      {@code current}
     */
    public static CommitteeStatus apply(String action, CommitteeStatus current) {
        return MACHINE.apply(action, current);
    }

    public static Set<String> actions() {
        return MACHINE.actions();
    }
}
