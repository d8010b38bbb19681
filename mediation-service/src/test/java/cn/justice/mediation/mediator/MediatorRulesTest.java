package cn.justice.mediation.mediator;

import cn.justice.mediation.committee.CommitteeStatus;
import cn.justice.platform.problem.ProblemException;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MediatorRulesTest {
    static final LocalDate TODAY = LocalDate.of(2026, 6, 1);
    static final LocalDate APPOINTED = LocalDate.of(2023, 3, 1);

    static void assertInvalid(Runnable r, String field) {
        assertThatThrownBy(r::run).isInstanceOfSatisfying(ProblemException.class, e -> {
            assertThat(e.status()).isEqualTo(400);
            assertThat(e.problem().errors.get(0).field()).isEqualTo(field);
        });
    }

    @Test
    void onlyAnActiveCommitteeAppoints() {
        assertThatCode(() -> MediatorRules.checkCommitteeAppoints(CommitteeStatus.ACTIVE)).doesNotThrowAnyException();
        assertThatThrownBy(() -> MediatorRules.checkCommitteeAppoints(CommitteeStatus.DISSOLVED))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.status()).isEqualTo(409);
                    assertThat(e.problem().extensions()).containsEntry("rule", "committee-not-active");
                });
    }

    @Test
    void appointmentIsNotInTheFutureNorBeforeTheCommittee() {
        assertThatCode(() -> MediatorRules.checkAppointedOn(APPOINTED, TODAY, APPOINTED)).doesNotThrowAnyException();
        assertInvalid(() -> MediatorRules.checkAppointedOn(TODAY.plusDays(1), TODAY, APPOINTED), "appointedOn");
        assertInvalid(() -> MediatorRules.checkAppointedOn(APPOINTED, TODAY, APPOINTED.plusDays(1)), "appointedOn");
    }

    @Test
    void theTermEndsOnOrAfterTheAppointment() {
        assertThatCode(() -> MediatorRules.checkTerm(APPOINTED, APPOINTED)).doesNotThrowAnyException();
        assertThatCode(() -> MediatorRules.checkTerm(APPOINTED, null)).doesNotThrowAnyException();
        assertInvalid(() -> MediatorRules.checkTerm(APPOINTED, APPOINTED.minusDays(1)), "termEndsOn");
    }

    @Test
    void retirementIsBetweenAppointmentAndToday() {
        assertThatCode(() -> MediatorRules.checkRetiredOn(APPOINTED, TODAY, APPOINTED)).doesNotThrowAnyException();
        assertThatCode(() -> MediatorRules.checkRetiredOn(TODAY, TODAY, APPOINTED)).doesNotThrowAnyException();
        assertInvalid(() -> MediatorRules.checkRetiredOn(APPOINTED.minusDays(1), TODAY, APPOINTED), "retiredOn");
        assertInvalid(() -> MediatorRules.checkRetiredOn(TODAY.plusDays(1), TODAY, APPOINTED), "retiredOn");
    }

    @Test
    void aTrainingLastsMoreThanNothingAndAtMostADay() {
        assertThatCode(() -> MediatorRules.checkTraining(TODAY, new BigDecimal("0.5"), TODAY, APPOINTED)).doesNotThrowAnyException();
        assertThatCode(() -> MediatorRules.checkTraining(APPOINTED, new BigDecimal("24"), TODAY, APPOINTED)).doesNotThrowAnyException();
        assertInvalid(() -> MediatorRules.checkTraining(TODAY, BigDecimal.ZERO, TODAY, APPOINTED), "hours");
        assertInvalid(() -> MediatorRules.checkTraining(TODAY, new BigDecimal("-1"), TODAY, APPOINTED), "hours");
        assertInvalid(() -> MediatorRules.checkTraining(TODAY, new BigDecimal("24.1"), TODAY, APPOINTED), "hours");
        assertInvalid(() -> MediatorRules.checkTraining(TODAY.plusDays(1), BigDecimal.ONE, TODAY, APPOINTED), "date");
        assertInvalid(() -> MediatorRules.checkTraining(APPOINTED.minusDays(1), BigDecimal.ONE, TODAY, APPOINTED), "date");
    }

    @Test
    void trainingHoursOfAYearSumOnlyThatYearsTrainings() {
        List<Training> t = List.of(
                new Training(LocalDate.of(2025, 12, 31), new BigDecimal("8"), "a"),
                new Training(LocalDate.of(2026, 1, 1), new BigDecimal("2.5"), "b"),
                new Training(LocalDate.of(2026, 5, 20), new BigDecimal("4"), "c"));
        assertThat(MediatorRules.trainingHoursIn(t, 2026)).isEqualByComparingTo("6.5");
        assertThat(MediatorRules.trainingHoursIn(t, 2025)).isEqualByComparingTo("8");
        assertThat(MediatorRules.trainingHoursIn(t, 2024)).isEqualByComparingTo("0");
        assertThat(MediatorRules.trainingHoursIn(List.of(), 2026)).isEqualByComparingTo("0");
    }

    /** DESIGN §10.3 mediator_training_hours: whole hours per training, rounded half up (service and gateway alike). */
    @Test
    void measuredHoursAreWholeHoursRoundedHalfUp() {
        assertThat(MediatorRules.measuredHours(new BigDecimal("4.5"))).isEqualTo(5);
        assertThat(MediatorRules.measuredHours(new BigDecimal("4.4"))).isEqualTo(4);
        assertThat(MediatorRules.measuredHours(new BigDecimal("0.4"))).isZero();
        assertThat(MediatorRules.measuredHours(new BigDecimal("24.0"))).isEqualTo(24);
    }
}
