package cn.justice.legalaid.application;

import cn.justice.platform.problem.ProblemException;
import org.junit.jupiter.api.Test;

import static cn.justice.legalaid.application.ApplicationLifecycle.ASSIGN;
import static cn.justice.legalaid.application.ApplicationLifecycle.CLOSE;
import static cn.justice.legalaid.application.ApplicationLifecycle.DENY;
import static cn.justice.legalaid.application.ApplicationLifecycle.EMERGENCY_ASSIGN;
import static cn.justice.legalaid.application.ApplicationLifecycle.GRANT;
import static cn.justice.legalaid.application.ApplicationLifecycle.MATERIALS_RECEIVED;
import static cn.justice.legalaid.application.ApplicationLifecycle.REQUEST_MATERIALS;
import static cn.justice.legalaid.application.ApplicationLifecycle.REVIEW;
import static cn.justice.legalaid.application.ApplicationLifecycle.UPDATE;
import static cn.justice.legalaid.application.ApplicationLifecycle.WITHDRAW;
import static cn.justice.legalaid.application.ApplicationLifecycle.apply;
import static cn.justice.legalaid.application.ApplicationStatus.ASSIGNED;
import static cn.justice.legalaid.application.ApplicationStatus.CLOSED;
import static cn.justice.legalaid.application.ApplicationStatus.DENIED;
import static cn.justice.legalaid.application.ApplicationStatus.GRANTED;
import static cn.justice.legalaid.application.ApplicationStatus.MATERIALS_REQUESTED;
import static cn.justice.legalaid.application.ApplicationStatus.RECEIVED;
import static cn.justice.legalaid.application.ApplicationStatus.UNDER_REVIEW;
import static cn.justice.legalaid.application.ApplicationStatus.WITHDRAWN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ApplicationLifecycleTest {

    private static void refused(String action, ApplicationStatus from, boolean decided) {
        assertThatThrownBy(() -> apply(action, from, decided)).as(action + " from " + from)
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.status()).isEqualTo(409);
                    assertThat(e.problem().extensions()).containsEntry("currentStatus", from.name());
                });
    }

    @Test
    void theMainPath() {
        assertThat(apply(REVIEW, RECEIVED, false)).isEqualTo(UNDER_REVIEW);
        assertThat(apply(REQUEST_MATERIALS, UNDER_REVIEW, false)).isEqualTo(MATERIALS_REQUESTED);
        assertThat(apply(MATERIALS_RECEIVED, MATERIALS_REQUESTED, false)).isEqualTo(UNDER_REVIEW);
        assertThat(apply(GRANT, UNDER_REVIEW, false)).isEqualTo(GRANTED);
        assertThat(apply(ASSIGN, GRANTED, true)).isEqualTo(ASSIGNED);
        assertThat(apply(CLOSE, ASSIGNED, true)).isEqualTo(CLOSED);
    }

    @Test
    void denyAndWithdrawEndTheReview() {
        assertThat(apply(DENY, UNDER_REVIEW, false)).isEqualTo(DENIED);
        assertThat(apply(WITHDRAW, RECEIVED, false)).isEqualTo(WITHDRAWN);
        assertThat(apply(WITHDRAW, UNDER_REVIEW, false)).isEqualTo(WITHDRAWN);
        assertThat(apply(WITHDRAW, MATERIALS_REQUESTED, false)).isEqualTo(WITHDRAWN);
    }

    @Test
    void emergencyAssignmentComesBeforeTheDecision() {
        assertThat(apply(EMERGENCY_ASSIGN, RECEIVED, false)).isEqualTo(ASSIGNED);
        assertThat(apply(EMERGENCY_ASSIGN, UNDER_REVIEW, false)).isEqualTo(ASSIGNED);
        assertThat(apply(GRANT, ASSIGNED, false)).as("decided afterwards, stays assigned").isEqualTo(ASSIGNED);
        assertThat(apply(DENY, ASSIGNED, false)).isEqualTo(DENIED);
        assertThat(apply(WITHDRAW, ASSIGNED, false)).isEqualTo(WITHDRAWN);
        refused(EMERGENCY_ASSIGN, GRANTED, true);
        refused(EMERGENCY_ASSIGN, MATERIALS_REQUESTED, false);
    }

    @Test
    void anEmergencyAssignmentClosesOnlyOnceGranted() {
        assertThatThrownBy(() -> apply(CLOSE, ASSIGNED, false)).isInstanceOfSatisfying(ProblemException.class, e -> {
            assertThat(e.status()).isEqualTo(409);
            assertThat(e.problem().extensions()).containsEntry("rule", "decision-required");
        });
    }

    @Test
    void aDecidedApplicationIsNotDecidedAgain() {
        refused(GRANT, ASSIGNED, true);
        refused(DENY, ASSIGNED, true);
        refused(WITHDRAW, ASSIGNED, true);
        refused(GRANT, GRANTED, true);
        refused(DENY, GRANTED, true);
    }

    @Test
    void actionsOutOfTurnAre409WithTheCurrentStatus() {
        refused(GRANT, RECEIVED, false);
        refused(DENY, MATERIALS_REQUESTED, false);
        refused(ASSIGN, UNDER_REVIEW, false);
        refused(REVIEW, UNDER_REVIEW, false);
        refused(MATERIALS_RECEIVED, UNDER_REVIEW, false);
        refused(REQUEST_MATERIALS, RECEIVED, false);
        refused(WITHDRAW, GRANTED, true);
        for (ApplicationStatus end : new ApplicationStatus[]{DENIED, WITHDRAWN, CLOSED}) {
            for (String action : ApplicationLifecycle.actions()) {
                if (end == DENIED && action.equals(ApplicationLifecycle.OBJECT)) {
                    continue; // 法律援助法第49条: a denial may be objected to
                }
                refused(action, end, end != WITHDRAWN);
            }
        }
    }

    @Test
    void updateIsAllowedUntilTheApplicationEnds() {
        for (ApplicationStatus s : new ApplicationStatus[]{RECEIVED, UNDER_REVIEW, MATERIALS_REQUESTED, GRANTED, ASSIGNED}) {
            assertThat(apply(UPDATE, s, false)).isEqualTo(s);
        }
    }
}
