package cn.justice.ruleoflaw.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Set;

/**
 * The county's working days (工作日): Monday to Friday, except the statutory holidays (法定节假日) the county lists, plus
 * the Saturdays and Sundays it lists as make-up working days (调休上班). Both lists come from configuration
 * ({@code justice.rule-of-law.calendar.holidays} and {@code …workdays}), updated each year from the State Council's
 * holiday notice. Deadlines counted in working days start the day after the event (its own day is not counted).
 */
public final class WorkingDayCalendar {
    private final Set<LocalDate> holidays;
    private final Set<LocalDate> workdays;

    /**
     * @param holidays rest days that would otherwise be working days (a holiday listed on a weekend changes nothing)
     * @param workdays make-up working days (调休) on a Saturday or Sunday
     * @throws IllegalArgumentException when a date is listed as both
     */
    public WorkingDayCalendar(Collection<LocalDate> holidays, Collection<LocalDate> workdays) {
        this.holidays = Set.copyOf(holidays);
        this.workdays = Set.copyOf(workdays);
        for (LocalDate d : this.workdays) {
            if (this.holidays.contains(d)) {
                throw new IllegalArgumentException(d + " is listed both as a holiday and as a make-up working day");
            }
        }
    }

    /** Monday to Friday, weekends and holidays excluded, make-up working days included. */
    public static WorkingDayCalendar weekdaysOnly() {
        return new WorkingDayCalendar(Set.of(), Set.of());
    }

    public boolean isWorkingDay(LocalDate d) {
        if (holidays.contains(d)) {
            return false;
        }
        if (workdays.contains(d)) {
            return true;
        }
        DayOfWeek w = d.getDayOfWeek();
        return w != DayOfWeek.SATURDAY && w != DayOfWeek.SUNDAY;
    }

    /** The {@code n}th working day after {@code start} ({@code start} itself is not counted); n = 0 is start. */
    public LocalDate plusWorkingDays(LocalDate start, int n) {
        if (n < 0) {
            throw new IllegalArgumentException("n must not be negative");
        }
        LocalDate d = start;
        int counted = 0;
        while (counted < n) {
            d = d.plusDays(1);
            if (isWorkingDay(d)) {
                counted++;
            }
        }
        return d;
    }
}
