package cn.justice.platform.record;

import cn.justice.platform.problem.ProblemException;

import java.util.Map;
import java.util.Set;

/**
 * A record's state machine as two tables: the states each action may be taken in, and the state it leads to
 * (absent: the state stays). The lifecycle classes of the services declare the tables; the rule is written here.
 *
 * @param <S> the record's status enum
 */
public final class StateMachine<S extends Enum<S>> {
    private final Map<String, Set<S>> allowedFrom;
    private final Map<String, S> target;

    public StateMachine(Map<String, Set<S>> allowedFrom, Map<String, S> target) {
        this.allowedFrom = Map.copyOf(allowedFrom);
        this.target = Map.copyOf(target);
    }

    /**
     * @return the state after {@code action}
     * @throws ProblemException 409 (currentStatus) when the action is not allowed in {@code current}
     * @throws IllegalArgumentException for an action the machine does not know (a programming error)
     */
    public S apply(String action, S current) {
        Set<S> from = allowedFrom.get(action);
        if (from == null) {
            throw new IllegalArgumentException("unknown action " + action);
        }
        if (!from.contains(current)) {
            throw ProblemException.invalidState(action, current);
        }
        return target.getOrDefault(action, current);
    }

    /** Every action the machine knows. */
    public Set<String> actions() {
        return allowedFrom.keySet();
    }
}
