package cn.justice.correction.subject;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.Period;

import static org.assertj.core.api.Assertions.assertThat;

/** 定期报告 by supervision level and the health report (实施办法第24条). */
class SupervisionTest {
    private static LocalDate d(String s) {
        return LocalDate.parse(s);
    }

    @Test
    void intervalsByLevelDefaultToWeeklyMonthlyQuarterly() {
        assertThat(Supervision.DEFAULT.checkInInterval(SupervisionLevel.STRICT)).isEqualTo(Period.ofWeeks(1));
        assertThat(Supervision.DEFAULT.checkInInterval(SupervisionLevel.ORDINARY)).isEqualTo(Period.ofMonths(1));
        assertThat(Supervision.DEFAULT.checkInInterval(SupervisionLevel.LENIENT)).isEqualTo(Period.ofMonths(3));
        assertThat(Supervision.DEFAULT.healthReport()).isEqualTo(Period.ofMonths(1));
        Supervision configured = new Supervision(Period.ofDays(3), Period.ofDays(14), Period.ofMonths(2), Period.ofDays(20));
        assertThat(configured.checkInInterval(SupervisionLevel.ORDINARY)).isEqualTo(Period.ofDays(14));
    }

    /** STRICT: last check-in on the 1st, due on the 8th, overdue on the 9th. */
    @Test
    void aCheckInIsOverdueTheDayAfterItWasDue() {
        Period week = Supervision.DEFAULT.strict();
        assertThat(Supervision.overdue(d("2025-05-01"), week, d("2025-05-08"))).isFalse();
        assertThat(Supervision.overdue(d("2025-05-01"), week, d("2025-05-09"))).isTrue();
        Period month = Supervision.DEFAULT.ordinary();
        assertThat(Supervision.overdue(d("2025-01-31"), month, d("2025-02-28"))).isFalse();
        assertThat(Supervision.overdue(d("2025-01-31"), month, d("2025-03-01"))).isTrue();
        Period quarter = Supervision.DEFAULT.lenient();
        assertThat(Supervision.overdue(d("2025-01-15"), quarter, d("2025-04-15"))).isFalse();
        assertThat(Supervision.overdue(d("2025-01-15"), quarter, d("2025-04-16"))).isTrue();
        assertThat(Supervision.overdue(null, month, d("2025-04-16"))).isFalse();
    }

    /** The filters' cut gives exactly the rule's answer for every last contact and day (month ends included). */
    @Test
    void theFilterCutAgreesWithTheRuleEveryDay() {
        for (Period p : new Period[]{Period.ofWeeks(1), Period.ofMonths(1), Period.ofMonths(3)}) {
            for (LocalDate today = d("2024-01-01"); today.isBefore(d("2025-12-31")); today = today.plusDays(1)) {
                LocalDate cut = Supervision.notOverdueFrom(p, today);
                for (LocalDate last = today.minusDays(100); !last.isAfter(today); last = last.plusDays(1)) {
                    assertThat(last.isBefore(cut)).as(p + " " + last + " " + today).isEqualTo(Supervision.overdue(last, p, today));
                }
            }
        }
    }
}
