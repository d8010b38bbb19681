package cn.justice.correction.subject;

import cn.justice.correction.person.ActionDates;
import cn.justice.correction.person.PersonProtection;
import cn.justice.platform.problem.ProblemException;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SubjectRulesTest {
    private static final MonitoringGround G = MonitoringGround.PROHIBITION_VIOLATED;
    private static LocalDate d(String s) {
        return LocalDate.parse(s);
    }

    private static void status(Runnable r, int status, String fieldOrRule) {
        assertThatThrownBy(r::run).isInstanceOfSatisfying(ProblemException.class, e -> {
            assertThat(e.status()).isEqualTo(status);
            if (fieldOrRule != null) {
                assertThat(e.problem().errors != null ? e.problem().errors.get(0).field() : e.problem().extensions().get("rule"))
                        .isEqualTo(fieldOrRule);
            }
        });
    }

    /** 社区矫正法第21条: due 10 days after the judgment; reported on day 10 on time, on day 11 late. */
    @Test
    void reportIsDueTenDaysAfterTheJudgmentAndOnTimeUpToThatDay() {
        LocalDate due = SubjectRules.reportDueOn(SubjectCategory.PROBATION, d("2025-12-25"), null);
        assertThat(due).isEqualTo(d("2026-01-04"));
        assertThat(SubjectRules.reportType(SubjectCategory.PROBATION, d("2026-01-04"), due)).isEqualTo(ReportType.ON_TIME);
        assertThat(SubjectRules.reportType(SubjectCategory.CONTROL, d("2025-12-26"), due)).isEqualTo(ReportType.ON_TIME);
        assertThat(SubjectRules.reportType(SubjectCategory.PAROLE, d("2026-01-05"), due)).isEqualTo(ReportType.LATE);
        assertThat(SubjectRules.intakeOnTime(d("2026-01-04"), due)).isTrue();
        assertThat(SubjectRules.intakeOnTime(d("2026-01-05"), due)).isFalse();
    }

    /**
     * 社区矫正法第21条: a 暂予监外执行 person is handed over (HANDED_OVER) within 10 days of the decision received, not of the
     * judgment; day 10 on time, day 11 late.
     */
    @Test
    void aMedicalParoleIsHandedOverWithinTenDaysOfTheDecision() {
        LocalDate due = SubjectRules.reportDueOn(SubjectCategory.MEDICAL_PAROLE, d("2025-01-01"), d("2025-03-01"));
        assertThat(due).isEqualTo(d("2025-03-11"));
        assertThat(SubjectRules.reportType(SubjectCategory.MEDICAL_PAROLE, d("2025-03-11"), due)).isEqualTo(ReportType.HANDED_OVER);
        assertThat(SubjectRules.reportType(SubjectCategory.MEDICAL_PAROLE, d("2025-03-12"), due)).isEqualTo(ReportType.HANDED_OVER);
        assertThat(SubjectRules.intakeOnTime(d("2025-03-11"), due)).isTrue();
        assertThat(SubjectRules.intakeOnTime(d("2025-03-12"), due)).isFalse();
        SubjectRules.checkIntake(SubjectCategory.MEDICAL_PAROLE, d("2025-03-01"), d("2025-01-01"));
        SubjectRules.checkIntake(SubjectCategory.PROBATION, null, d("2025-01-01"));
        status(() -> SubjectRules.checkIntake(SubjectCategory.MEDICAL_PAROLE, null, d("2025-01-01")), 400, "decisionReceivedOn");
        status(() -> SubjectRules.checkIntake(SubjectCategory.PAROLE, d("2025-03-01"), d("2025-01-01")), 400, "decisionReceivedOn");
        status(() -> SubjectRules.checkIntake(SubjectCategory.MEDICAL_PAROLE, d("2024-12-31"), d("2025-01-01")), 400, "decisionReceivedOn");
    }

    /** 社区矫正法第29条: the running period's last day within 7 days (today included) is expiring; 8 days is not. */
    @Test
    void aMonitoringPeriodEndingWithinSevenDaysIsExpiring() {
        LocalDate today = d("2025-05-01");
        assertThat(SubjectRules.monitoringExpiring(d("2025-05-08"), today)).isTrue();
        assertThat(SubjectRules.monitoringExpiring(d("2025-05-01"), today)).isTrue();
        assertThat(SubjectRules.monitoringExpiring(d("2025-05-09"), today)).isFalse();
        assertThat(SubjectRules.monitoringExpiring(d("2025-04-30"), today)).isFalse(); // expired, not expiring
        assertThat(SubjectRules.monitoringExpiring(null, today)).isFalse();
    }

    @Test
    void aMonitoringPeriodLastsAtMostThreeMonths() {
        History.MonitoringPeriod p = SubjectRules.startMonitoring(List.of(), d("2025-01-31"), d("2025-04-29"), "D", "A", "R", G,
                d("2025-01-01"), d("2026-01-01"));
        assertThat(p.renewal()).isFalse();
        assertThat(p.endsOn()).isEqualTo(d("2025-04-30"));
        status(() -> SubjectRules.startMonitoring(List.of(), d("2025-01-31"), d("2025-04-30"), "D", "A", "R", G,
                d("2025-01-01"), d("2026-01-01")), 400, "to");
        status(() -> SubjectRules.startMonitoring(List.of(), d("2024-12-31"), d("2025-02-01"), "D", "A", "R", G,
                d("2025-01-01"), d("2026-01-01")), 400, "from");
        status(() -> SubjectRules.startMonitoring(List.of(), d("2025-12-01"), d("2026-01-02"), "D", "A", "R", G,
                d("2025-01-01"), d("2026-01-01")), 400, "to");
    }

    @Test
    void aStartWhileAPeriodRunsRenewsItFromItsLastDay() {
        List<History.MonitoringPeriod> periods = new ArrayList<>();
        periods.add(SubjectRules.startMonitoring(periods, d("2025-02-01"), d("2025-04-30"), "D", "A", "R", G, null, d("2026-01-01")));
        History.MonitoringPeriod renewal = SubjectRules.startMonitoring(periods, d("2025-04-15"), d("2025-07-31"), "D", "A",
                "R", G, null, d("2026-01-01"));
        assertThat(renewal.renewal()).isTrue();
        assertThat(renewal.from()).isEqualTo(d("2025-05-01"));
        assertThat(renewal.endsOn()).isEqualTo(d("2025-08-01"));
        // starting the day after the last day is a seamless renewal too; a later start is a new period
        assertThat(SubjectRules.startMonitoring(periods, d("2025-05-01"), d("2025-06-30"), "D", "A", "R", G, null,
                d("2026-01-01")).renewal()).isTrue();
        History.MonitoringPeriod later = SubjectRules.startMonitoring(periods, d("2025-06-01"), d("2025-06-30"), "D", "A",
                "R", G, null, d("2026-01-01"));
        assertThat(later.renewal()).isFalse();
        assertThat(later.from()).isEqualTo(d("2025-06-01"));
        // a renewal must reach beyond the current end, and lasts at most 3 months from its own start
        status(() -> SubjectRules.startMonitoring(periods, d("2025-04-15"), d("2025-04-20"), "D", "A", "R", G, null,
                d("2026-01-01")), 400, "to");
        status(() -> SubjectRules.startMonitoring(periods, d("2025-04-15"), d("2025-08-01"), "D", "A", "R", G, null,
                d("2026-01-01")), 400, "to");
    }

    @Test
    void stoppingEndsTheLatestPeriodAndCannotBeRepeated() {
        History.MonitoringPeriod p = SubjectRules.startMonitoring(List.of(), d("2025-02-01"), d("2025-04-30"), "D", "A", "R", G,
                null, d("2026-01-01"));
        History.MonitoringPeriod stopped = SubjectRules.stopMonitoring(p, d("2025-03-10"), "良好");
        assertThat(stopped.stoppedOn()).isEqualTo(d("2025-03-10"));
        assertThat(stopped.endsOn()).isEqualTo(d("2025-03-10"));
        // stopping an expired period records the stop but it had ended the day after its last day
        assertThat(SubjectRules.stopMonitoring(p, d("2025-06-01"), null).endsOn()).isEqualTo(d("2025-05-01"));
        status(() -> SubjectRules.stopMonitoring(stopped, d("2025-03-11"), null), 409, "no-monitoring-period");
        status(() -> SubjectRules.stopMonitoring(null, d("2025-03-11"), null), 409, "no-monitoring-period");
        status(() -> SubjectRules.stopMonitoring(p, d("2025-01-31"), null), 400, "on");
        // after a stop, a new period may not overlap the stopped one
        status(() -> SubjectRules.startMonitoring(List.of(stopped), d("2025-03-09"), d("2025-04-09"), "D", "A", "R", G,
                null, d("2026-01-01")), 400, "from");
        assertThat(SubjectRules.startMonitoring(List.of(stopped), d("2025-03-10"), d("2025-04-09"), "D", "A", "R", G,
                null, d("2026-01-01")).renewal()).isFalse();
    }

    @Test
    void theEndOfTheCorrectionEndsMonitoring() {
        History.MonitoringPeriod p = SubjectRules.startMonitoring(List.of(), d("2025-02-01"), d("2025-04-30"), "D", "A", "R", G,
                null, d("2026-01-01"));
        assertThat(p.endedBy(d("2025-03-01")).endsOn()).isEqualTo(d("2025-03-01"));
        assertThat(p.endedBy(d("2025-06-01")).endsOn()).isEqualTo(d("2025-05-01"));
        assertThat(p.endedBy(d("2025-01-01")).endsOn()).isEqualTo(d("2025-02-01")); // never started: empty
    }

    @Test
    void termAndBirthDateChecks() {
        SubjectRules.checkTerm(d("2025-01-10"), d("2025-01-10"), d("2025-01-10"));
        status(() -> SubjectRules.checkTerm(d("2025-01-10"), d("2025-01-10"), d("2025-01-09")), 400, "correctionEnd");
        status(() -> SubjectRules.checkTerm(d("2025-01-10"), d("2025-01-09"), d("2025-12-09")), 400, "correctionStart");
        status(() -> SubjectRules.checkBirthDate(d("1990-01-01"), d("1990-01-02")), 400, "birthDate");
    }

    @Test
    void aMinorIsUnder18OnTheDayTheJudgmentTookEffect() {
        assertThat(SubjectRules.minor(d("2007-05-02"), d("2025-05-01"))).isTrue();
        assertThat(SubjectRules.minor(d("2007-05-01"), d("2025-05-01"))).isFalse();
        assertThat(PersonProtection.minor(d("2007-05-02"), d("2025-05-01"))).isTrue();
        assertThat(PersonProtection.minor(null, d("2025-05-01"))).isFalse();
    }

    @Test
    void actionDatesDefaultToTodayAndStayBetweenTheirBounds() {
        LocalDate today = d("2026-03-01");
        assertThat(ActionDates.happened("on", null, today, null)).isEqualTo(today);
        assertThat(ActionDates.happened("on", d("2026-02-01"), today, d("2026-02-01"))).isEqualTo(d("2026-02-01"));
        status(() -> ActionDates.happened("on", d("2026-03-02"), today, null), 400, "on");
        status(() -> ActionDates.happened("on", d("2026-01-31"), today, d("2026-02-01")), 400, "on");
    }

    @Test
    void idNumbersAreValidatedAndNormalized() {
        assertThat(PersonProtection.validIdNumber("idNumber", "11010519491231002x")).isEqualTo("11010519491231002X");
        status(() -> PersonProtection.validIdNumber("idNumber", "110105194912310021"), 400, "idNumber");
        status(() -> PersonProtection.validIdNumber("parties", "1101"), 400, "parties");
    }
}
