package cn.justice.legalaid.advisor;

import cn.justice.platform.problem.ProblemException;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AdvisorRulesTest {
    private static final LocalDate TODAY = LocalDate.parse("2025-06-30");
    private static final LocalDate FROM = LocalDate.parse("2025-01-01");

    @Test
    void aPeriodCoversItsFirstAndLastDay() {
        LocalDate to = LocalDate.parse("2025-03-31");
        assertThat(AdvisorRules.covers(FROM, to, FROM)).isTrue();
        assertThat(AdvisorRules.covers(FROM, to, to)).isTrue();
        assertThat(AdvisorRules.covers(FROM, to, to.plusDays(1))).isFalse();
        assertThat(AdvisorRules.covers(FROM, to, FROM.minusDays(1))).isFalse();
        assertThat(AdvisorRules.covers(FROM, null, TODAY.plusYears(5))).isTrue();
    }

    @Test
    void periodsStartNoLaterThanTodayAndEndNoEarlierThanTheyStart() {
        AdvisorRules.checkPeriod(FROM, TODAY.plusYears(1), TODAY);
        assertThatThrownBy(() -> AdvisorRules.checkPeriod(TODAY.plusDays(1), null, TODAY)).isInstanceOf(ProblemException.class);
        assertThatThrownBy(() -> AdvisorRules.checkPeriod(FROM, FROM.minusDays(1), TODAY))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.problem().errors.get(0).field()).isEqualTo("to"));
    }

    @Test
    void endingTakesAnActivePeriodAndAPastOrPresentLastDay() {
        assertThat(AdvisorRules.end(AdvisorStatus.ACTIVE)).isEqualTo(AdvisorStatus.ENDED);
        assertThatThrownBy(() -> AdvisorRules.end(AdvisorStatus.ENDED)).isInstanceOfSatisfying(ProblemException.class,
                e -> assertThat(e.problem().extensions()).containsEntry("currentStatus", "ENDED"));
        assertThat(AdvisorRules.endDate(null, FROM, TODAY)).isEqualTo(TODAY);
        assertThatThrownBy(() -> AdvisorRules.endDate(TODAY.plusDays(1), FROM, TODAY)).isInstanceOf(ProblemException.class);
        assertThatThrownBy(() -> AdvisorRules.endDate(FROM.minusDays(1), FROM, TODAY)).isInstanceOf(ProblemException.class);
    }
}
