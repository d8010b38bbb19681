package cn.justice.testing;

import cn.justice.platform.problem.ProblemException;

import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Checks a lifecycle's whole table of actions and states against the table a test expects. */
public final class LifecycleChecks {
    private LifecycleChecks() {
    }

    /**
     * The lifecycle's {@code actions} are exactly those of {@code allowed} (action → from → expected state), and each
     * from {@code from}: an allowed one leads to the expected state, every other is a 409 invalid-state problem
     * naming {@code from} as currentStatus.
     */
    public static <S extends Enum<S>> void everyActionFrom(S from, Set<String> actions, Map<String, Map<S, S>> allowed,
                                                           BiFunction<String, S, S> apply) {
        assertThat(actions).isEqualTo(allowed.keySet());
        for (String action : actions) {
            S expected = allowed.get(action).get(from);
            if (expected != null) {
                assertThat(apply.apply(action, from)).as(action + " from " + from).isEqualTo(expected);
            } else {
                assertThatThrownBy(() -> apply.apply(action, from)).as(action + " from " + from)
                        .isInstanceOfSatisfying(ProblemException.class, e -> {
                            assertThat(e.status()).isEqualTo(409);
                            assertThat(e.problem().type).endsWith("/invalid-state");
                            assertThat(e.problem().extensions()).containsEntry("currentStatus", from.name());
                        });
            }
        }
    }

    /**
     * The lifecycle has exactly the actions of {@code allowed} (action → states it is allowed in); each allowed pair
     * gives a state, each other pair of an action and one of {@code states} is a 409 naming the state as
     * currentStatus. Returns how many pairs were forbidden.
     */
    public static <S extends Enum<S>> int forbiddenAreConflicts(Set<String> actions, Map<String, Set<S>> allowed,
                                                                S[] states, BiFunction<String, S, S> apply) {
        assertThat(actions).containsExactlyInAnyOrderElementsOf(allowed.keySet());
        int forbidden = 0;
        for (String action : allowed.keySet()) {
            for (S s : states) {
                if (allowed.get(action).contains(s)) {
                    assertThat(apply.apply(action, s)).isNotNull();
                    continue;
                }
                forbidden++;
                assertThatThrownBy(() -> apply.apply(action, s))
                        .isInstanceOfSatisfying(ProblemException.class, e -> {
                            assertThat(e.status()).isEqualTo(409);
                            assertThat(e.problem().extensions()).containsEntry("currentStatus", s.name());
                        });
            }
        }
        return forbidden;
    }
}
