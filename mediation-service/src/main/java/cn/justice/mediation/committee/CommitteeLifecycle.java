package cn.justice.mediation.committee;

import cn.justice.platform.problem.ProblemException;

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

    /**
     * @return the state after {@code action}
     * @throws ProblemException 409 (currentStatus) when the action is not allowed in {@code current}
     */
    public static CommitteeStatus apply(String action, CommitteeStatus current) {
        Set<CommitteeStatus> from = ALLOWED_FROM.get(action);
        if (from == null) {
            throw new IllegalArgumentException("unknown action " + action);
        }
        if (!from.contains(current)) {
            throw ProblemException.invalidState(action, current);
        }
        return TARGET.getOrDefault(action, current);
    }

    public static Set<String> actions() {
        return ALLOWED_FROM.keySet();
    }
}
