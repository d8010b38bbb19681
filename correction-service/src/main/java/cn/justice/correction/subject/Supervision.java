package cn.justice.correction.subject;

import java.time.LocalDate;
import java.time.Period;

/**
 * 定期报告 and the health report (社区矫正法实施办法第24条): how often a person reports by supervision level, and when a
 * report is overdue. The intervals are configuration ({@code justice.correction.check-in.*}, {@code
 * justice.correction.health-report}). Plain rules.
 */
public record Supervision(Period strict, Period ordinary, Period lenient, Period healthReport) {
    /** 实施办法第24条 defaults: STRICT weekly, ORDINARY monthly, LENIENT quarterly; 暂予监外执行 health report monthly. */
    public static final Supervision DEFAULT = new Supervision(Period.ofWeeks(1), Period.ofMonths(1), Period.ofMonths(3),
            Period.ofMonths(1));

    /** 实施办法第24条: how often a person of {@code level} reports. */
    public Period checkInInterval(SupervisionLevel level) {
        return switch (level) {
            case STRICT -> strict;
            case ORDINARY -> ordinary;
            case LENIENT -> lenient;
        };
    }

    /**
     * 实施办法第24条: the next report is due {@code interval} after the last contact (the last check-in, or the report);
     * overdue on the day after that.
     */
    public static boolean overdue(LocalDate lastContact, Period interval, LocalDate today) {
        return lastContact != null && lastContact.plus(interval).isBefore(today);
    }

    /**
     * The earliest last contact that is not overdue today: {@code overdue(last, interval, today)} exactly when {@code
     * last} is before it (adding months is monotone, so this is one cut), for the list filters' SQL.
     */
    public static LocalDate notOverdueFrom(Period interval, LocalDate today) {
        LocalDate c = today.minus(interval);
        while (!overdue(c.minusDays(1), interval, today)) {
            c = c.minusDays(1);
        }
        while (overdue(c, interval, today)) {
            c = c.plusDays(1);
        }
        return c;
    }
}
