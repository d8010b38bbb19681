package cn.justice.mediation.dispute;

import cn.justice.platform.problem.ProblemException;
import cn.justice.platform.record.StateMachine;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The dispute state machine (DESIGN §5.1): REGISTERED → ACCEPTED | REJECTED (不予受理); ACCEPTED → SUCCEEDED (协议)
 * | FAILED (调解不成) | WITHDRAWN. Follow-up visits (回访) and judicial confirmation (司法确认) are recorded on a
 * SUCCEEDED dispute and do not change its state.
 */
public final class DisputeLifecycle {
    /** action → states it may be taken in. */
    static final Map<String, Set<DisputeStatus>> ALLOWED_FROM = Map.of(
            "accept", EnumSet.of(DisputeStatus.REGISTERED),
            "reject", EnumSet.of(DisputeStatus.REGISTERED),
            "succeed", EnumSet.of(DisputeStatus.ACCEPTED),
            "fail", EnumSet.of(DisputeStatus.ACCEPTED),
            "withdraw", EnumSet.of(DisputeStatus.ACCEPTED),
            "follow-up", EnumSet.of(DisputeStatus.SUCCEEDED),
            "judicial-confirmation", EnumSet.of(DisputeStatus.SUCCEEDED),
            "update", EnumSet.of(DisputeStatus.REGISTERED, DisputeStatus.ACCEPTED));

    /** action → the state it leads to (absent: the state stays). */
    static final Map<String, DisputeStatus> TARGET = Map.of(
            "accept", DisputeStatus.ACCEPTED,
            "reject", DisputeStatus.REJECTED,
            "succeed", DisputeStatus.SUCCEEDED,
            "fail", DisputeStatus.FAILED,
            "withdraw", DisputeStatus.WITHDRAWN);

    private DisputeLifecycle() {
    }

    private static final StateMachine<DisputeStatus> MACHINE = new StateMachine<>(ALLOWED_FROM, TARGET);

    /**
     * @return the state after {@code action}
     * @throws cn.justice.platform.problem.ProblemException 409 (currentStatus) when the action is not allowed in
     *                                                      {@code current}
     */
    public static DisputeStatus apply(String action, DisputeStatus current) {
        return MACHINE.apply(action, current);
    }

    public static Set<String> actions() {
        return MACHINE.actions();
    }
}
