package cn.justice.correction.subject;

import java.time.LocalDate;
import java.util.List;

/**
 * What a person's record shows on a day (the bureau's today): the flags of DESIGN §10.1, shown in the detail and the
 * lists, filterable, and carried by every event as of the change (a later work queue reads them).
 *
 * @param revocationGrounds     实施办法第46条: the statutory grounds the record shows
 * @param revocationRecommended 实施办法第46条: a ground, while a proposal could be made
 * @param courtRulingOverdue    社区矫正法第46条: no ruling 30 days after the proposal
 * @param leaveReturnOverdue    实施办法第26条: a leave past its last day without a return
 * @param monitoringExpiring    社区矫正法第29条: the running monitoring period ends within 7 days
 * @param monitoringExpired     the latest monitoring period ran out without renewal or stop
 * @param checkInOverdue        实施办法第24条: no check-in within the supervision level's interval
 * @param healthReportOverdue   实施办法第24条: a 暂予监外执行 person's monthly health report is overdue
 * @param reportOverdue         社区矫正法第21条: not reported (handed over) by the due date
 * @param checkInDueOn          实施办法第24条: the day the next check-in is due under the configured intervals
 *                              ({@code justice.correction.check-in.*}), while supervised; null otherwise
 * @param healthReportDueOn     实施办法第24条: the day a 暂予监外执行 person's next health report is due
 *                              ({@code justice.correction.health-report}), while supervised; null otherwise
 */
public record SubjectFlags(List<RevocationGround> revocationGrounds, boolean revocationRecommended,
                           boolean courtRulingOverdue, boolean leaveReturnOverdue, boolean monitoringExpiring,
                           boolean monitoringExpired, boolean checkInOverdue, boolean healthReportOverdue,
                           boolean reportOverdue, LocalDate checkInDueOn, LocalDate healthReportDueOn) {

    public static SubjectFlags of(Subject s, LocalDate today, Supervision supervision) {
        List<RevocationGround> grounds = s.endedOn == null ? s.revocationGrounds(today) : List.of();
        return new SubjectFlags(grounds, Revocation.recommended(grounds, s.status), s.courtRulingOverdue(today),
                s.leaveReturnOverdue(today), s.monitoringExpiring(today), s.monitoringExpired(today),
                s.checkInOverdue(today, supervision), s.healthReportOverdue(today, supervision), s.reportOverdue(today),
                s.checkInDueOn(supervision), s.healthReportDueOn(supervision));
    }
}
