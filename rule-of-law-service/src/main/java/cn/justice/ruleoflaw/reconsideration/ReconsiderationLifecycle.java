package cn.justice.ruleoflaw.reconsideration;

import cn.justice.platform.record.StateMachine;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import static cn.justice.ruleoflaw.reconsideration.ReconsiderationStatus.ACCEPTED;
import static cn.justice.ruleoflaw.reconsideration.ReconsiderationStatus.DECIDED;
import static cn.justice.ruleoflaw.reconsideration.ReconsiderationStatus.MEDIATED;
import static cn.justice.ruleoflaw.reconsideration.ReconsiderationStatus.RECEIVED;
import static cn.justice.ruleoflaw.reconsideration.ReconsiderationStatus.REJECTED;
import static cn.justice.ruleoflaw.reconsideration.ReconsiderationStatus.SETTLED;
import static cn.justice.ruleoflaw.reconsideration.ReconsiderationStatus.TERMINATED;

/**
 * The state machine of a reconsideration (DESIGN §13): RECEIVED → ACCEPTED (受理) | REJECTED (不予受理); ACCEPTED →
 * DECIDED (复议决定) | MEDIATED (调解) | SETTLED (和解) | TERMINATED (终止); {@code extend} keeps ACCEPTED. The editable
 * fields may change until the case is closed.
 */
public final class ReconsiderationLifecycle {
    public static final String UPDATE = "update";

    private static final StateMachine<ReconsiderationStatus> MACHINE = new StateMachine<>(Map.of(
            "accept", EnumSet.of(RECEIVED),
            "reject", EnumSet.of(RECEIVED),
            "extend", EnumSet.of(ACCEPTED),
            "decide", EnumSet.of(ACCEPTED),
            "mediate", EnumSet.of(ACCEPTED),
            "settle", EnumSet.of(ACCEPTED),
            "terminate", EnumSet.of(ACCEPTED),
            UPDATE, EnumSet.of(RECEIVED, ACCEPTED)), Map.of(
            "accept", ACCEPTED,
            "reject", REJECTED,
            "decide", DECIDED,
            "mediate", MEDIATED,
            "settle", SETTLED,
            "terminate", TERMINATED));

    private ReconsiderationLifecycle() {
    }

    /** @return the state after {@code action}; 409 (currentStatus) when it is not allowed in {@code current} */
    public static ReconsiderationStatus apply(String action, ReconsiderationStatus current) {
        return MACHINE.apply(action, current);
    }

    public static Set<String> actions() {
        return MACHINE.actions();
    }
}
