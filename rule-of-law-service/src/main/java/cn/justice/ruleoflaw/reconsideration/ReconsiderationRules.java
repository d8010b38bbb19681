package cn.justice.ruleoflaw.reconsideration;

import cn.justice.platform.problem.ProblemException;
import cn.justice.ruleoflaw.calendar.WorkingDayCalendar;

import java.time.LocalDate;

/**
 * The deadlines of 行政复议 (行政复议法, revised 2023, in force 2024-01-01) that do not depend on storage. Periods start
 * the day after the event (the event's own day is not counted).
 */
public final class ReconsiderationRules {
    /** 行政复议法第20条: the application is made within 60 days of knowing of the action. */
    public static final int APPLICATION_DAYS = 60;
    /** 行政复议法第30条: the application is examined and accepted or rejected within 5 (working) days of receipt. */
    public static final int ACCEPTANCE_WORKING_DAYS = 5;
    /** 行政复议法第62条: a case under the simple procedure is decided within 30 days of acceptance. */
    public static final int SIMPLE_DAYS = 30;
    /** 行政复议法第62条: a case under the ordinary procedure is decided within 60 days of acceptance. */
    public static final int ORDINARY_DAYS = 60;
    /** 行政复议法第62条: the ordinary period may be extended once, by at most 30 days. */
    public static final int MAX_EXTENSION_DAYS = 30;

    private ReconsiderationRules() {
    }

    /** 行政复议法第20条: the last day to apply, 60 days after {@code knewOn} (知道或者应当知道该行政行为之日). */
    public static LocalDate applicationDeadline(LocalDate knewOn) {
        return knewOn.plusDays(APPLICATION_DAYS);
    }

    /**
     * 行政复议法第20条: an application more than 60 days after the applicant knew of the action is out of time (422);
     * {@code knewOn} after {@code appliedOn} is bad input (400).
     */
    public static void checkApplicationPeriod(LocalDate knewOn, LocalDate appliedOn) {
        if (knewOn.isAfter(appliedOn)) {
            throw ProblemException.invalid("knewOn", "must not be after appliedOn");
        }
        LocalDate last = applicationDeadline(knewOn);
        if (appliedOn.isAfter(last)) {
            throw ProblemException.lawViolated("application-period", "行政复议法第20条: the application must be made within "
                    + APPLICATION_DAYS + " days of knowing of the administrative action (knewOn " + knewOn
                    + ": by " + last + "); appliedOn " + appliedOn + " is out of time");
        }
    }

    /**
     * 行政复议法第30条: acceptance is decided within 5 days of receipt; 第88条 counts those 5 days as working days
     * (法定休假日 excluded), so the due date follows the county's working-day calendar.
     */
    public static LocalDate acceptanceDueOn(LocalDate appliedOn, WorkingDayCalendar calendar) {
        return calendar.plusWorkingDays(appliedOn, ACCEPTANCE_WORKING_DAYS);
    }

    /** 行政复议法第62条: decision due 30 (SIMPLE) or 60 (ORDINARY) days after acceptance, plus any extension. */
    public static LocalDate decisionDueOn(LocalDate acceptedOn, ReconsiderationProcedure procedure, Integer extensionDays) {
        int days = procedure == ReconsiderationProcedure.SIMPLE ? SIMPLE_DAYS : ORDINARY_DAYS;
        return acceptedOn.plusDays(days + (extensionDays == null ? 0 : extensionDays));
    }

    /**
     * 行政复议法第62条: only a case under the ordinary procedure may be extended, once, by at most 30 days (422
     * otherwise); fewer than one day is bad input (400).
     */
    public static void checkExtension(ReconsiderationProcedure procedure, Integer alreadyExtended, int days) {
        if (days < 1) {
            throw ProblemException.invalid("days", "must be at least 1");
        }
        if (procedure != ReconsiderationProcedure.ORDINARY) {
            throw ProblemException.lawViolated("extension-simple", "行政复议法第62条: only a case under the ordinary procedure "
                    + "may be extended; this case follows the simple procedure (30 days)");
        }
        if (alreadyExtended != null) {
            throw ProblemException.lawViolated("extension-once", "行政复议法第62条: the period may be extended once; it was "
                    + "already extended by " + alreadyExtended + " days");
        }
        if (days > MAX_EXTENSION_DAYS) {
            throw ProblemException.lawViolated("extension-length", "行政复议法第62条: an extension is at most "
                    + MAX_EXTENSION_DAYS + " days; " + days + " were asked");
        }
    }

    /** An action's date: defaults to today, not in the future, not before {@code notBefore} (400 on {@code field}). */
    public static LocalDate actionDate(String field, LocalDate given, LocalDate today, LocalDate notBefore) {
        LocalDate d = given == null ? today : given;
        if (d.isAfter(today)) {
            throw ProblemException.invalid(field, "must not be in the future");
        }
        if (notBefore != null && d.isBefore(notBefore)) {
            throw ProblemException.invalid(field, "must not be before " + notBefore);
        }
        return d;
    }

    /** On time: the date is not after the due date (null while either is missing). */
    public static Boolean onTime(LocalDate on, LocalDate dueOn) {
        return on == null || dueOn == null ? null : !on.isAfter(dueOn);
    }
}
