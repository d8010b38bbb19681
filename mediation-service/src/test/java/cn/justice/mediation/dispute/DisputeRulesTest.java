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

    @Test
    void judicialConfirmationOnlyWithinThirtyDaysOfAWrittenAgreement() {
        assertThatCode(() -> DisputeRules.checkJudicialConfirmation(WRITTEN, SIGNED, null)).doesNotThrowAnyException();
        assertThatCode(() -> DisputeRules.checkJudicialConfirmation(WRITTEN, SIGNED.plusDays(30), SIGNED.plusDays(40)))
                .doesNotThrowAnyException();
        ProblemException late = problem(() -> DisputeRules.checkJudicialConfirmation(WRITTEN, SIGNED.plusDays(31), null));
        assertThat(late.status()).isEqualTo(409);
        assertThat(late.problem().detail).contains("30 days").contains(SIGNED.plusDays(30).toString());
        ProblemException oral = problem(() -> DisputeRules.checkJudicialConfirmation(
                new Agreement(AgreementForm.ORAL, null, "t", null, null), SIGNED, null));
        assertThat(oral.status()).isEqualTo(409);
        assertThat(problem(() -> DisputeRules.checkJudicialConfirmation(WRITTEN, SIGNED.minusDays(1), null)).status()).isEqualTo(400);
        assertThat(problem(() -> DisputeRules.checkJudicialConfirmation(WRITTEN, SIGNED, SIGNED.minusDays(1))).status()).isEqualTo(400);
    }

    @Test
    void actionDatesDefaultToTodayAndStayInRange() {
        LocalDate today = LocalDate.of(2026, 5, 1);
        assertThat(DisputeRules.actionDate("d", null, today, null)).isEqualTo(today);
        assertThat(problem(() -> DisputeRules.actionDate("d", today.plusDays(1), today, null)).status()).isEqualTo(400);
        assertThat(problem(() -> DisputeRules.actionDate("d", today.minusDays(3), today, today.minusDays(2))).status()).isEqualTo(400);
    }
}
