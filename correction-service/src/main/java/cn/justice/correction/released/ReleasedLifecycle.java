package cn.justice.correction.released;

import cn.justice.platform.problem.ProblemException;
import cn.justice.platform.record.StateMachine;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import static cn.justice.correction.released.ReleasedStatus.CLOSED;
import static cn.justice.correction.released.ReleasedStatus.CONNECTED;
import static cn.justice.correction.released.ReleasedStatus.PLACED;
import static cn.justice.correction.released.ReleasedStatus.REGISTERED;

/**
 * The state machine of a released person (DESIGN §5.2): REGISTERED → CONNECTED (衔接) → PLACED (安置) → CLOSED.
 * Assistance visits (帮教) and a re-offence (重新犯罪, {@code reoffend}) are recorded in any open state and keep it.
 * <p>
 * {@code close} ends 安置帮教 from any open state — REGISTERED, CONNECTED or PLACED (DESIGN §10.1, "Released persons
 * (安置帮教)": a person may die, be re-imprisoned or move away before being connected or placed); which reason is
 * allowed when is {@link ReleasedRules#checkClose}. A re-offence does not change the state: the person stays under
 * 安置帮教 until the sentence, when the record is closed as REIMPRISONED (a separate {@code close}).
 */
public final class ReleasedLifecycle {
    static final Map<String, Set<ReleasedStatus>> ALLOWED_FROM = Map.of(
            "connect", EnumSet.of(REGISTERED),
            "place", EnumSet.of(CONNECTED),
            "close", EnumSet.of(REGISTERED, CONNECTED, PLACED),
            "reoffend", EnumSet.of(REGISTERED, CONNECTED, PLACED),
            "assist", EnumSet.of(REGISTERED, CONNECTED, PLACED),
            "update", EnumSet.of(REGISTERED, CONNECTED, PLACED));

    static final Map<String, ReleasedStatus> TARGET = Map.of(
            "connect", CONNECTED,
            "place", PLACED,
            "close", CLOSED);

    private ReleasedLifecycle() {
    }

    private static final StateMachine<ReleasedStatus> MACHINE = new StateMachine<>(ALLOWED_FROM, TARGET);

    /**
     * @return the state after {@code action}
     * @throws cn.justice.platform.problem.ProblemException 409 (currentStatus) when the action is not allowed in
     *                                                      {@code current}
     */
    public static ReleasedStatus apply(String action, ReleasedStatus current) {
        return MACHINE.apply(action, current);
    }

    public static Set<String> actions() {
        return MACHINE.actions();
    }
}
