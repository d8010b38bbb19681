package cn.justice.gateway.workqueue;

import java.time.LocalDate;

/**
 * How urgent an item is today (DESIGN §11), decided when the queue is read against the bureau's today, never stored:
 * OVERDUE from the day after {@code dueOn}, CRITICAL once more than {@value #CRITICAL_AFTER_DAYS} days overdue, DUE
 * from {@value #DUE_WITHIN_DAYS} days before {@code dueOn} up to it, INFO earlier.
 */
public enum Severity {
    INFO, DUE, OVERDUE, CRITICAL;

    public static final int DUE_WITHIN_DAYS = 3;
    public static final int CRITICAL_AFTER_DAYS = 7;

    /** Past its due date today. */
    public static boolean overdue(LocalDate dueOn, LocalDate today) {
        return today.isAfter(dueOn);
    }

    public static Severity of(LocalDate dueOn, LocalDate today) {
        if (today.isAfter(dueOn.plusDays(CRITICAL_AFTER_DAYS))) {
            return CRITICAL;
        }
        if (overdue(dueOn, today)) {
            return OVERDUE;
        }
        return today.plusDays(DUE_WITHIN_DAYS).isBefore(dueOn) ? INFO : DUE;
    }
}
