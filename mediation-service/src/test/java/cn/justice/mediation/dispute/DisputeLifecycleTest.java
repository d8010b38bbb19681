package cn.justice.mediation.dispute;

import cn.justice.platform.problem.ProblemException;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Every action in every state: allowed ones lead to the right state, forbidden ones are 409 with currentStatus. */
class DisputeLifecycleTest {
    static final Map<String, Map<DisputeStatus, DisputeStatus>> EXPECTED = Map.of(
            "accept", Map.of(DisputeStatus.REGISTERED, DisputeStatus.ACCEPTED),
            "reject", Map.of(DisputeStatus.REGISTERED, DisputeStatus.REJECTED),
            "succeed", Map.of(DisputeStatus.ACCEPTED, DisputeStatus.SUCCEEDED),
            "fail", Map.of(DisputeStatus.ACCEPTED, DisputeStatus.FAILED),
            // 人民调解法第23条: withdrawal before acceptance too (was ACCEPTED only)
            "withdraw", Map.of(DisputeStatus.REGISTERED, DisputeStatus.WITHDRAWN, DisputeStatus.ACCEPTED, DisputeStatus.WITHDRAWN),
            "follow-up", Map.of(DisputeStatus.SUCCEEDED, DisputeStatus.SUCCEEDED),
            "judicial-confirmation", Map.of(DisputeStatus.SUCCEEDED, DisputeStatus.SUCCEEDED),
            "reopen", Map.of(DisputeStatus.AGREEMENT_INVALID, DisputeStatus.ACCEPTED),
            "update", Map.of(DisputeStatus.REGISTERED, DisputeStatus.REGISTERED, DisputeStatus.ACCEPTED, DisputeStatus.ACCEPTED));

    @Test
    void everyActionInEveryState() {
        assertThat(DisputeLifecycle.actions()).containsExactlyInAnyOrderElementsOf(EXPECTED.keySet());
        int allowed = 0;
        int forbidden = 0;
        for (var action : EXPECTED.entrySet()) {
            for (DisputeStatus from : DisputeStatus.values()) {
                DisputeStatus to = action.getValue().get(from);
                if (to != null) {
                    assertThat(DisputeLifecycle.apply(action.getKey(), from)).as(action.getKey() + " from " + from).isEqualTo(to);
                    allowed++;
                } else {
                    ProblemException e = catchThrowableOfType(ProblemException.class,
                            () -> DisputeLifecycle.apply(action.getKey(), from));
                    assertThat(e).as(action.getKey() + " from " + from).isNotNull();
                    assertThat(e.status()).isEqualTo(409);
                    assertThat(e.problem().extensions()).containsEntry("currentStatus", from.name());
                    forbidden++;
                }
            }
        }
        assertThat(allowed).isEqualTo(11);
        assertThat(forbidden).isEqualTo(9 * DisputeStatus.values().length - 11);
    }

    @Test
    void closedDisputesAcceptNoFurtherStateChange() {
        for (DisputeStatus closed : new DisputeStatus[]{DisputeStatus.REJECTED, DisputeStatus.FAILED, DisputeStatus.WITHDRAWN}) {
            for (String action : DisputeLifecycle.actions()) {
                assertThat(catchThrowableOfType(ProblemException.class, () -> DisputeLifecycle.apply(action, closed)))
                        .as(action + " on " + closed).isNotNull();
            }
        }
    }

    /** 人民调解法第33条: an INVALID ruling makes the dispute AGREEMENT_INVALID; only reopen leads on from there. */
    @Test
    void anInvalidConfirmationInvalidatesTheAgreementAndOnlyReopenFollows() {
        assertThat(DisputeLifecycle.afterConfirmation(DisputeStatus.SUCCEEDED, ConfirmationResult.INVALID))
                .isEqualTo(DisputeStatus.AGREEMENT_INVALID);
        assertThat(DisputeLifecycle.afterConfirmation(DisputeStatus.SUCCEEDED, ConfirmationResult.CONFIRMED))
                .isEqualTo(DisputeStatus.SUCCEEDED);
        assertThat(DisputeLifecycle.afterConfirmation(DisputeStatus.SUCCEEDED, null)).isEqualTo(DisputeStatus.SUCCEEDED);
        for (DisputeStatus s : DisputeStatus.values()) {
            if (s != DisputeStatus.SUCCEEDED) {
                ProblemException e = catchThrowableOfType(ProblemException.class,
                        () -> DisputeLifecycle.afterConfirmation(s, ConfirmationResult.INVALID));
                assertThat(e.status()).isEqualTo(409);
                assertThat(e.problem().extensions()).containsEntry("currentStatus", s.name());
            }
        }
        for (String action : DisputeLifecycle.actions()) {
            if (!action.equals("reopen")) {
                assertThat(catchThrowableOfType(ProblemException.class,
                        () -> DisputeLifecycle.apply(action, DisputeStatus.AGREEMENT_INVALID))).as(action).isNotNull();
            }
        }
    }
}
