package cn.justice.correction.subject;

import cn.justice.platform.problem.ProblemException;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Rules of community correction (社区矫正法 2019 and its 实施办法) that do not depend on storage.
 */
public final class SubjectRules {
    /** 报到: within 10 days of the judgment taking effect (社区矫正法 第21条). */
    public static final int REPORT_DAYS = 10;
    /** Two warnings: apply for revocation (实施办法 第46条). */
    public static final int WARNINGS_FOR_REVOCATION = 2;
    /** A leave of up to 7 days is approved by the township justice office (司法所); longer by the county. */
    public static final int LEAVE_TOWNSHIP_DAYS = 7;
    /** No single leave beyond 30 days. */
    public static final int LEAVE_MAX_DAYS = 30;
    /** 电子定位: each period at most 3 months, renewable (第29条). */
    public static final int MONITORING_MAX_MONTHS = 3;

    private SubjectRules() {
    }

    public static LocalDate reportDueOn(LocalDate judgmentEffectiveOn) {
        return judgmentEffectiveOn.plusDays(REPORT_DAYS);
    }

    /** ON_TIME on or before the due date, LATE after it. */
    public static ReportType reportType(LocalDate reportedOn, LocalDate dueOn) {
        return reportedOn.isAfter(dueOn) ? ReportType.LATE : ReportType.ON_TIME;
    }

    /** Dates of the sentence: start ≤ end; the judgment takes effect on or before the start. */
    public static void checkTerm(LocalDate judgmentEffectiveOn, LocalDate correctionStart, LocalDate correctionEnd) {
        if (correctionEnd.isBefore(correctionStart)) {
            throw ProblemException.invalid("correctionEnd", "must not be before correctionStart");
        }
        if (correctionStart.isBefore(judgmentEffectiveOn)) {
            throw ProblemException.invalid("correctionStart", "must not be before judgmentEffectiveOn");
        }
    }

    /** The birth date must be the one the ID number carries. */
    public static void checkBirthDate(LocalDate birthDate, LocalDate fromIdNumber) {
        if (!birthDate.equals(fromIdNumber)) {
            throw ProblemException.invalid("birthDate", "does not match the birth date in the ID number");
        }
    }

    /** Days of a leave, both ends counted. */
    public static int leaveDays(LocalDate from, LocalDate to) {
        return (int) ChronoUnit.DAYS.between(from, to) + 1;
    }

    /**
     * 外出审批: to ≥ from, at most 30 days, within the term; more than 7 days needs the county (county-admin).
     *
     * @return the number of days
     * @throws ProblemException 400 on bad dates or more than 30 days, 403 when the caller may not approve so long
     */
    public static int checkLeave(LocalDate from, LocalDate to, LocalDate correctionEnd, boolean countyApprover) {
        if (to.isBefore(from)) {
            throw ProblemException.invalid("to", "must not be before from");
        }
        int days = leaveDays(from, to);
        if (days > LEAVE_MAX_DAYS) {
            throw ProblemException.invalid("to", "a leave is at most " + LEAVE_MAX_DAYS + " days (asked: " + days + ")");
        }
        if (to.isAfter(correctionEnd)) {
            throw ProblemException.invalid("to", "must not be after the end of the correction (" + correctionEnd + ")");
        }
        if (days > LEAVE_TOWNSHIP_DAYS && !countyApprover) {
            throw ProblemException.forbidden("a leave of more than " + LEAVE_TOWNSHIP_DAYS
                    + " days must be approved by the county (county-admin); asked: " + days + " days");
        }
        return days;
    }

    /**
     * 电子定位 start or renewal. When the latest period is not stopped and the new one would begin on or before the
     * day after its last day, the start is a renewal (续期): the new period begins the day after the latest one's
     * last day, whatever {@code from} says, so periods never overlap nor leave a gap. Otherwise it is a new period
     * that must begin after the latest one has ended. Each period lasts at most 3 months ({@code to} before
     * {@code from} + 3 months) and ends within the term.
     */
    public static History.MonitoringPeriod startMonitoring(List<History.MonitoringPeriod> periods, LocalDate from,
                                                           LocalDate to, String deviceId, String approvedBy,
                                                           String reason, LocalDate notBefore, LocalDate correctionEnd) {
        History.MonitoringPeriod last = periods.isEmpty() ? null : periods.get(periods.size() - 1);
        boolean renewal = last != null && last.stoppedOn() == null && !from.isAfter(last.to().plusDays(1));
        LocalDate start = renewal ? last.to().plusDays(1) : from;
        if (!renewal && notBefore != null && start.isBefore(notBefore)) {
            throw ProblemException.invalid("from", "must not be before " + notBefore);
        }
        if (!renewal && last != null && start.isBefore(last.endsOn())) {
            throw ProblemException.invalid("from", "overlaps the previous monitoring period (ended " + last.endsOn() + ")");
        }
        if (to.isBefore(start)) {
            throw ProblemException.invalid("to", renewal
                    ? "a renewal must end after the current period's last day (" + last.to() + ")"
                    : "must not be before from");
        }
        if (!to.isBefore(start.plusMonths(MONITORING_MAX_MONTHS))) {
            throw ProblemException.invalid("to", "a monitoring period is at most " + MONITORING_MAX_MONTHS
                    + " months: the last day may be " + start.plusMonths(MONITORING_MAX_MONTHS).minusDays(1));
        }
        if (to.isAfter(correctionEnd)) {
            throw ProblemException.invalid("to", "must not be after the end of the correction (" + correctionEnd + ")");
        }
        return new History.MonitoringPeriod(start, to, deviceId, approvedBy, reason, renewal, null, null, to.plusDays(1));
    }

    /** 解除电子定位: the latest period, not stopped yet, stopped on {@code on} (not before it began). */
    public static History.MonitoringPeriod stopMonitoring(History.MonitoringPeriod last, LocalDate on, String reason) {
        if (last == null || last.stoppedOn() != null) {
            throw ProblemException.ruleViolated("no-monitoring-period", "there is no monitoring period to stop");
        }
        if (on.isBefore(last.from())) {
            throw ProblemException.invalid("on", "must not be before the period began (" + last.from() + ")");
        }
        return last.stopped(on, reason);
    }

    /** Under 18 on the day the judgment took effect. */
    public static boolean minor(LocalDate birthDate, LocalDate judgmentEffectiveOn) {
        return birthDate.plusYears(18).isAfter(judgmentEffectiveOn);
    }
}
