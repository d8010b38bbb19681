package cn.justice.mediation.dispute;

import cn.justice.platform.problem.ProblemException;
import cn.justice.platform.record.StateMachine;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The dispute state machine (DESIGN §5.1, as §10.3 changes it): REGISTERED → ACCEPTED | REJECTED (不予受理) |
 * WITHDRAWN; ACCEPTED → SUCCEEDED (协议) | FAILED (调解不成) | WITHDRAWN. Follow-up visits (回访) are recorded on a
 * SUCCEEDED dispute and do not change its state. Judicial confirmation (司法确认) is recorded on a SUCCEEDED dispute:
 * an application or a CONFIRMED ruling keeps it SUCCEEDED, an INVALID ruling makes it AGREEMENT_INVALID
 * ({@link #afterConfirmation}), from which {@code reopen} returns it to mediation (ACCEPTED).
 * <ul>
 * <li>人民调解法第23条: the parties may ask to end the mediation at any time, so {@code withdraw} is allowed before
 * acceptance (REGISTERED) as well as during mediation (ACCEPTED).</li>
 * <li>人民调解法第33条 (法释〔2011〕5号): a court that rules the agreement invalid (确认无效) leaves the parties free to
 * change it or reach a new one through people's mediation, so {@code reopen} (AGREEMENT_INVALID → ACCEPTED) mediates
 * the dispute again with a new due date.</li>
 * </ul>
 */
public final class DisputeLifecycle {
    /** action → states it may be taken in. */
    static final Map<String, Set<DisputeStatus>> ALLOWED_FROM = Map.of(
            "accept", EnumSet.of(DisputeStatus.REGISTERED),
            "reject", EnumSet.of(DisputeStatus.REGISTERED),
            "succeed", EnumSet.of(DisputeStatus.ACCEPTED),
            "fail", EnumSet.of(DisputeStatus.ACCEPTED),
            "withdraw", EnumSet.of(DisputeStatus.REGISTERED, DisputeStatus.ACCEPTED),
            "follow-up", EnumSet.of(DisputeStatus.SUCCEEDED),
            "judicial-confirmation", EnumSet.of(DisputeStatus.SUCCEEDED),
            "reopen", EnumSet.of(DisputeStatus.AGREEMENT_INVALID),
            "update", EnumSet.of(DisputeStatus.REGISTERED, DisputeStatus.ACCEPTED));

    /** action → the state it leads to (absent: the state stays). */
    static final Map<String, DisputeStatus> TARGET = Map.of(
            "accept", DisputeStatus.ACCEPTED,
            "reject", DisputeStatus.REJECTED,
            "succeed", DisputeStatus.SUCCEEDED,
            "fail", DisputeStatus.FAILED,
            "withdraw", DisputeStatus.WITHDRAWN,
            "reopen", DisputeStatus.ACCEPTED);

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

    /**
     * {@code judicial-confirmation} with the court's result: an INVALID ruling (确认无效, 人民调解法第33条) makes the
     * dispute AGREEMENT_INVALID; an application without a result yet, or a CONFIRMED ruling, keeps it SUCCEEDED.
     *
     * @throws ProblemException 409 (currentStatus) when the dispute is not SUCCEEDED
     */
    public static DisputeStatus afterConfirmation(DisputeStatus current, ConfirmationResult result) {
        DisputeStatus next = apply("judicial-confirmation", current);
        return result == ConfirmationResult.INVALID ? DisputeStatus.AGREEMENT_INVALID : next;
    }

    public static Set<String> actions() {
        return MACHINE.actions();
    }
}
