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
    /** 电子定位: each period at most 3 months, renewable (第29条). */
    public static final int MONITORING_MAX_MONTHS = 3;
    /** 电子定位: a period whose last day is this many days away or fewer is flagged as expiring (第29条). */
    public static final int MONITORING_EXPIRING_DAYS = 7;

    private SubjectRules() {
    }

    /**
     * 社区矫正法第21条: 管制/缓刑/假释 persons report within 10 days of the judgment taking effect; a 暂予监外执行 person is
     * handed over within 10 days of the decision ({@code decisionReceivedOn}).
     */
    public static LocalDate reportDueOn(SubjectCategory category, LocalDate judgmentEffectiveOn, LocalDate decisionReceivedOn) {
        return (category == SubjectCategory.MEDICAL_PAROLE ? decisionReceivedOn : judgmentEffectiveOn).plusDays(REPORT_DAYS);
    }

    /** 社区矫正法第21条: ON_TIME on or before the due date, LATE after it; a 暂予监外执行 person is HANDED_OVER. */
    public static ReportType reportType(SubjectCategory category, LocalDate reportedOn, LocalDate dueOn) {
        if (category == SubjectCategory.MEDICAL_PAROLE) {
            return ReportType.HANDED_OVER;
        }
        return intakeOnTime(reportedOn, dueOn) ? ReportType.ON_TIME : ReportType.LATE;
    }

    /** 社区矫正法第21条: the report or the handover (交付) on or before its due date is on time. */
    public static boolean intakeOnTime(LocalDate reportedOn, LocalDate dueOn) {
        return !reportedOn.isAfter(dueOn);
    }

    /**
     * 社区矫正法第21条: a 暂予监外执行 (MEDICAL_PAROLE) person is handed over within 10 days of the decision, so its
     * registration names the day the decision was received ({@code decisionReceivedOn}); the other categories report
     * from the judgment and carry none.
     *
     * @throws ProblemException 400 on decisionReceivedOn
     */
    public static void checkIntake(SubjectCategory category, LocalDate decisionReceivedOn, LocalDate judgmentEffectiveOn) {
        if (category == SubjectCategory.MEDICAL_PAROLE && decisionReceivedOn == null) {
            throw ProblemException.invalid("decisionReceivedOn", "社区矫正法第21条: a MEDICAL_PAROLE (暂予监外执行) person is "
                    + "handed over within 10 days of the decision: decisionReceivedOn is required");
        }
        if (category != SubjectCategory.MEDICAL_PAROLE && decisionReceivedOn != null) {
            throw ProblemException.invalid("decisionReceivedOn", "only for MEDICAL_PAROLE (暂予监外执行); " + category
                    + " reports within 10 days of judgmentEffectiveOn");
        }
        if (decisionReceivedOn != null && decisionReceivedOn.isBefore(judgmentEffectiveOn)) {
            throw ProblemException.invalid("decisionReceivedOn", "must not be before judgmentEffectiveOn");
        }
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

    /**
     * 电子定位 start or renewal. When the latest period is not stopped and the new one would begin on or before the
     * day after its last day, the start is a renewal (续期): the new period begins the day after the latest one's
     * last day, whatever {@code from} says, so periods never overlap nor leave a gap. Otherwise it is a new period
     * that must begin after the latest one has ended. Each period lasts at most 3 months ({@code to} before
     * {@code from} + 3 months) and ends within the term (社区矫正法第29条: 每次不得超过三个月, 可以延长). The ground is one of
     * 第29条's five ({@link MonitoringGround}, required by the body).
     */
    public static History.MonitoringPeriod startMonitoring(List<History.MonitoringPeriod> periods, LocalDate from,
                                                           LocalDate to, String deviceId, String approvedBy,
                                                           String reason, MonitoringGround ground, LocalDate notBefore,
                                                           LocalDate correctionEnd) {
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
        return new History.MonitoringPeriod(start, to, deviceId, approvedBy, reason, ground, renewal, null, null, to.plusDays(1));
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

    /**
     * 社区矫正法第29条: the latest period, not stopped, whose approved last day is within the next 7 days (today
     * included) is expiring: renew it or let it end.
     */
    public static boolean monitoringExpiring(LocalDate openUntil, LocalDate today) {
        return openUntil != null && !openUntil.isBefore(today) && !openUntil.isAfter(today.plusDays(MONITORING_EXPIRING_DAYS));
    }

    /** Under 18 on the day the judgment took effect. */
    public static boolean minor(LocalDate birthDate, LocalDate judgmentEffectiveOn) {
        return birthDate.plusYears(18).isAfter(judgmentEffectiveOn);
    }
}
