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

    /** The events' due dates follow the configured intervals, while supervised only; the oldest open proposal's day. */
    @Test
    void dueDatesUnderTheConfiguredIntervals() {
        Supervision configured = new Supervision(Period.ofDays(3), Period.ofDays(14), Period.ofMonths(2), Period.ofDays(20));
        Subject s = new Subject();
        s.status = SubjectStatus.ACTIVE;
        s.category = SubjectCategory.MEDICAL_PAROLE;
        s.supervisionLevel = SupervisionLevel.ORDINARY;
        s.reportedOn = d("2025-05-01");
        s.lastContactOn = d("2025-05-10");
        assertThat(s.checkInDueOn(configured)).isEqualTo(d("2025-05-24"));
        assertThat(s.checkInDueOn(Supervision.DEFAULT)).isEqualTo(d("2025-06-10"));
        assertThat(s.healthReportDueOn(configured)).isEqualTo(d("2025-05-21")); // from the handover
        s.lastHealthReportOn = d("2025-05-15");
        assertThat(s.healthReportDueOn(configured)).isEqualTo(d("2025-06-04"));
        s.status = SubjectStatus.MISSING;
        assertThat(s.checkInDueOn(configured)).isNull();
        assertThat(s.healthReportDueOn(configured)).isNull();
        assertThat(s.sanctionProposedOn()).isNull();
        s.sanctionProposals = java.util.List.of(
                new History.SanctionProposal(SanctionKind.WARN, "x", d("2025-05-02"), "t", d("2025-05-03")),
                new History.SanctionProposal(SanctionKind.ADMONISH, "x", d("2025-05-12"), "t", null),
                new History.SanctionProposal(SanctionKind.WARN, "x", d("2025-05-08"), "t", null));
        assertThat(s.sanctionProposedOn()).isEqualTo(d("2025-05-08"));
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
