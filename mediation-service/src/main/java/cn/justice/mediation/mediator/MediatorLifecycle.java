package cn.justice.mediation.mediator;

import cn.justice.platform.problem.ProblemException;
import cn.justice.platform.record.StateMachine;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The mediator state machine (DESIGN §5.1): ACTIVE (在任) → RETIRED (解聘/离任) by {@code retire}. Trainings (培训)
 * are recorded on an ACTIVE mediator and do not change the state. Editable fields (name, kind, 德古, term) may be
 * corrected in either state.
 */
public final class MediatorLifecycle {
    public static final String RETIRE = "retire";
    public static final String TRAIN = "train";
    public static final String UPDATE = "update";

    /** action → states it may be taken in. */
    static final Map<String, Set<MediatorStatus>> ALLOWED_FROM = Map.of(
            RETIRE, EnumSet.of(MediatorStatus.ACTIVE),
            TRAIN, EnumSet.of(MediatorStatus.ACTIVE),
            UPDATE, EnumSet.allOf(MediatorStatus.class));

    /** action → the state it leads to (absent: the state stays). */
    static final Map<String, MediatorStatus> TARGET = Map.of(RETIRE, MediatorStatus.RETIRED);

    private MediatorLifecycle() {
    }

    private static final StateMachine<MediatorStatus> MACHINE = new StateMachine<>(ALLOWED_FROM, TARGET);

    /**
     * @return the state after {@code action}
     * @throws cn.justice.platform.problem.ProblemException 409 (currentStatus) when the action is not allowed in
     *                                                      {@code current}
     */
    public static MediatorStatus apply(String action, MediatorStatus current) {
        return MACHINE.apply(action, current);
    }

    public static Set<String> actions() {
        return MACHINE.actions();
    }
}
