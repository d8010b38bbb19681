package cn.justice.mediation.dispute;

import cn.justice.platform.problem.ProblemException;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class DisputeRulesTest {
    static final LocalDate SIGNED = LocalDate.of(2026, 3, 20);
    static final Agreement WRITTEN = new Agreement(AgreementForm.WRITTEN, SIGNED, "terms", null, null);

    static ProblemException problem(Runnable r) {
        return catchThrowableOfType(ProblemException.class, r::run);
    }

    @Test
    void mediationIsDueThirtyDaysAfterAcceptance() {
        assertThat(DisputeRules.dueOn(LocalDate.of(2026, 1, 31))).isEqualTo(LocalDate.of(2026, 3, 2));
    }

    @Test
    void aWrittenAgreementNeedsItsSigningDateWithinTheMediation() {
        assertThat(problem(() -> DisputeRules.checkAgreement(AgreementForm.WRITTEN, null, null, null)).problem().errors)
                .extracting("field").containsExactly("agreement.signedOn");
        assertThatCode(() -> DisputeRules.checkAgreement(AgreementForm.ORAL, null, null, null)).doesNotThrowAnyException();
        assertThat(problem(() -> DisputeRules.checkAgreement(AgreementForm.WRITTEN, SIGNED, SIGNED.plusDays(1), null)).status())
                .isEqualTo(400);
        assertThat(problem(() -> DisputeRules.checkAgreement(AgreementForm.WRITTEN, SIGNED, null, SIGNED.minusDays(1))).status())
                .isEqualTo(400);
    }

    static void confirm(Agreement a, LocalDate appliedOn, LocalDate decidedOn) {
        DisputeRules.checkJudicialConfirmation(a, appliedOn, decidedOn, true, false);
    }

    /** 人民调解法第33条: day 30 after signing is the last day (422 from day 31, naming the article). */
    @Test
    void judicialConfirmationOnlyWithinThirtyDaysOfAWrittenAgreement() {
        assertThatCode(() -> confirm(WRITTEN, SIGNED, null)).doesNotThrowAnyException();
        assertThatCode(() -> confirm(WRITTEN, SIGNED.plusDays(30), SIGNED.plusDays(40))).doesNotThrowAnyException();
        ProblemException late = problem(() -> confirm(WRITTEN, SIGNED.plusDays(31), null));
        assertThat(late.status()).isEqualTo(422);
        assertThat(late.problem().type).endsWith("/rule-violated");
        assertThat(late.problem().extensions()).containsEntry("rule", "judicial-confirmation-window");
        assertThat(late.problem().detail).startsWith("人民调解法第33条").contains("30 days").contains(SIGNED.plusDays(30).toString());
        ProblemException oral = problem(() -> confirm(new Agreement(AgreementForm.ORAL, null, "t", null, null), SIGNED, null));
        assertThat(oral.status()).isEqualTo(409);
        assertThat(problem(() -> confirm(WRITTEN, SIGNED.minusDays(1), null)).status()).isEqualTo(400);
        assertThat(problem(() -> confirm(WRITTEN, SIGNED, SIGNED.minusDays(1))).status()).isEqualTo(400);
    }

    /** 人民调解法第33条: the parties apply jointly; jointApplication false or absent is a 422. */
    @Test
    void judicialConfirmationNeedsAJointApplication() {
        for (Boolean joint : new Boolean[]{false, null}) {
            ProblemException e = problem(() -> DisputeRules.checkJudicialConfirmation(WRITTEN, SIGNED, null, joint, false));
            assertThat(e.status()).as("jointApplication " + joint).isEqualTo(422);
            assertThat(e.problem().extensions()).containsEntry("rule", "judicial-confirmation-joint-application");
            assertThat(e.problem().detail).startsWith("人民调解法第33条");
        }
        assertThatCode(() -> DisputeRules.checkJudicialConfirmation(WRITTEN, SIGNED, null, true, null)).doesNotThrowAnyException();
    }

    /** 法释〔2011〕5号第4条: no confirmation of an agreement settling an identity relation (婚姻效力、收养、亲子关系). */
    @Test
    void judicialConfirmationIsNotForIdentityRelations() {
        ProblemException e = problem(() -> DisputeRules.checkJudicialConfirmation(WRITTEN, SIGNED, null, true, true));
        assertThat(e.status()).isEqualTo(422);
        assertThat(e.problem().extensions()).containsEntry("rule", "judicial-confirmation-identity-relation");
        assertThat(e.problem().detail).contains("人民调解法第33条").contains("法释〔2011〕5号");
    }

    /** 法释〔2011〕5号第6条: the court decides within 15 days of the application. */
    @Test
    void theCourtsDecisionIsDueFifteenDaysAfterTheApplication() {
        assertThat(DisputeRules.decisionDueOn(LocalDate.of(2026, 3, 25))).isEqualTo(LocalDate.of(2026, 4, 9));
        assertThat(DisputeRules.decisionDueOn(LocalDate.of(2026, 12, 20))).isEqualTo(LocalDate.of(2027, 1, 4));
        JudicialConfirmation legacy = new JudicialConfirmation(SIGNED, "c", null, null, null, null, null);
        assertThat(legacy.withDecisionDue().decisionDueOn()).isEqualTo(SIGNED.plusDays(15));
    }

    /** 人民调解法第25条: a report to the police is dated within the dispute's life and names a risk. */
    @Test
    void aPoliceReportIsDatedAndNamesTheRisk() {
        LocalDate today = LocalDate.of(2026, 5, 1);
        LocalDate registered = LocalDate.of(2026, 4, 1);
        assertThatCode(() -> DisputeRules.checkEscalation(null, null, registered, today)).doesNotThrowAnyException();
        assertThatCode(() -> DisputeRules.checkEscalation(EscalationRisk.NONE, null, registered, today)).doesNotThrowAnyException();
        assertThatCode(() -> DisputeRules.checkEscalation(EscalationRisk.HIGH, registered, registered, today)).doesNotThrowAnyException();
        assertThatCode(() -> DisputeRules.checkEscalation(EscalationRisk.LOW, today, registered, today)).doesNotThrowAnyException();
        assertThat(problem(() -> DisputeRules.checkEscalation(EscalationRisk.HIGH, today.plusDays(1), registered, today))
                .problem().errors).extracting("field").containsExactly("reportedToPoliceOn");
        assertThat(problem(() -> DisputeRules.checkEscalation(EscalationRisk.HIGH, registered.minusDays(1), registered, today))
                .problem().errors).extracting("field").containsExactly("reportedToPoliceOn");
        assertThat(problem(() -> DisputeRules.checkEscalation(EscalationRisk.NONE, today, registered, today))
                .problem().errors).extracting("field").containsExactly("escalationRisk");
        assertThat(problem(() -> DisputeRules.checkEscalation(null, today, registered, today)).status()).isEqualTo(400);
    }

    @Test
    void actionDatesDefaultToTodayAndStayInRange() {
        LocalDate today = LocalDate.of(2026, 5, 1);
        assertThat(DisputeRules.actionDate("d", null, today, null)).isEqualTo(today);
        assertThat(problem(() -> DisputeRules.actionDate("d", today.plusDays(1), today, null)).status()).isEqualTo(400);
        assertThat(problem(() -> DisputeRules.actionDate("d", today.minusDays(3), today, today.minusDays(2))).status()).isEqualTo(400);
    }
}
