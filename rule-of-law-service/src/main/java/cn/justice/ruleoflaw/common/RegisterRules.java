package cn.justice.ruleoflaw.common;

import cn.justice.platform.problem.ProblemException;

import java.time.LocalDate;

/**
 * Checks the figure registers share (inspections, selections, honours, projects, assistance): 400 on the field. A date
 * not in the future is the platform's ({@code RecordStore.notFuture}).
 */
public final class RegisterRules {
    /** The first year the registers take (the platform's records begin with the 十三五 period). */
    public static final int FIRST_YEAR = 2000;

    private RegisterRules() {
    }

    /** A part is not more than its whole: {@code part ≤ whole}. */
    public static void notMoreThan(String partField, int part, String wholeField, int whole) {
        if (part > whole) {
            throw ProblemException.invalid(partField, "must not be more than " + wholeField + " (" + whole + ")");
        }
    }

    /** A year a record reports as past or current: {@value #FIRST_YEAR} … the bureau's current year. */
    public static void pastYear(String field, int year, LocalDate today) {
        if (year < FIRST_YEAR || year > today.getYear()) {
            throw ProblemException.invalid(field, "must be between " + FIRST_YEAR + " and " + today.getYear());
        }
    }
}
