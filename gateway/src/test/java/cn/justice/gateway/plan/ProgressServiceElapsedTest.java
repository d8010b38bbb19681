package cn.justice.gateway.plan;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ProgressServiceElapsedTest {
    private static final double EPS = 1e-12;

    private static double elapsed(int year, String today) {
        return ProgressService.elapsedFraction(year, LocalDate.parse(today));
    }

    @Test
    void pastYearIsFinished() {
        assertThat(elapsed(2024, "2025-01-01")).isEqualTo(1.0);
        assertThat(elapsed(2021, "2025-06-15")).isEqualTo(1.0);
    }

    @Test
    void futureYearHasNotStarted() {
        assertThat(elapsed(2026, "2025-12-31")).isEqualTo(0.0);
        assertThat(elapsed(2030, "2025-06-15")).isEqualTo(0.0);
    }

    @Test
    void onTheFirstDayNothingHasElapsedYet() {
        assertThat(elapsed(2025, "2025-01-01")).isEqualTo(0.0);
    }

    @Test
    void currentYearIsTheFractionOfDaysCompletedBeforeToday() {
        // 2025-07-02 is day 183 of 365: 182 days are complete
        assertThat(elapsed(2025, "2025-07-02")).isCloseTo(182.0 / 365, within(EPS));
        assertThat(elapsed(2025, "2025-03-31")).isCloseTo(89.0 / 365, within(EPS));
    }

    @Test
    void leapYearsHave366Days() {
        assertThat(elapsed(2024, "2024-02-29")).isCloseTo(59.0 / 366, within(EPS));
        assertThat(elapsed(2024, "2024-12-30")).isCloseTo(364.0 / 366, within(EPS));
    }

    @Test
    void theCurrentYearIsNotFinishedOnItsLastDay() {
        // a year is judged finished (ACHIEVED/OFF_TRACK) only once it is over
        assertThat(elapsed(2025, "2025-12-31")).isCloseTo(364.0 / 365, within(EPS)).isLessThan(1.0);
        assertThat(elapsed(2024, "2024-12-31")).isCloseTo(365.0 / 366, within(EPS)).isLessThan(1.0);
    }

    @Test
    void fractionGrowsDayByDayWithinTheYear() {
        double previous = -1;
        for (LocalDate d = LocalDate.of(2025, 1, 1); d.getYear() == 2025; d = d.plusDays(1)) {
            double f = ProgressService.elapsedFraction(2025, d);
            assertThat(f).as(d.toString()).isGreaterThan(previous).isLessThanOrEqualTo(1.0);
            previous = f;
        }
    }
}
