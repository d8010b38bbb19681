package cn.justice.ruleoflaw.calendar;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WorkingDayCalendarTest {
    /** 2025 国庆/中秋: 10-1 … 10-8 off, Sunday 9-28 and Saturday 10-11 are make-up working days (调休). */
    static final WorkingDayCalendar NATIONAL_DAY_2025 = new WorkingDayCalendar(
            IntStream.rangeClosed(1, 8).mapToObj(d -> LocalDate.of(2025, 10, d)).toList(),
            List.of(LocalDate.of(2025, 9, 28), LocalDate.of(2025, 10, 11)));

    @Test
    void weekendsAreRestDaysUnlessMadeUp() {
        WorkingDayCalendar c = NATIONAL_DAY_2025;
        assertThat(c.isWorkingDay(LocalDate.of(2025, 9, 26))).as("Friday").isTrue();
        assertThat(c.isWorkingDay(LocalDate.of(2025, 9, 27))).as("Saturday").isFalse();
        assertThat(c.isWorkingDay(LocalDate.of(2025, 9, 28))).as("调休 Sunday").isTrue();
        assertThat(c.isWorkingDay(LocalDate.of(2025, 10, 1))).as("国庆 Wednesday").isFalse();
        assertThat(c.isWorkingDay(LocalDate.of(2025, 10, 8))).as("国庆 Wednesday").isFalse();
        assertThat(c.isWorkingDay(LocalDate.of(2025, 10, 9))).as("Thursday after").isTrue();
        assertThat(c.isWorkingDay(LocalDate.of(2025, 10, 11))).as("调休 Saturday").isTrue();
        assertThat(c.isWorkingDay(LocalDate.of(2025, 10, 12))).as("Sunday").isFalse();
    }

    @Test
    void fifteenWorkingDaysAcrossNationalDay() {
        // received Friday 9-26: 9-28 (调休), 9-29, 9-30 = 3; 10-1..10-8 off; 10-9, 10-10, 10-11 (调休) = 6;
        // 10-13..10-17 = 11; 10-20..10-23 = 15
        assertThat(NATIONAL_DAY_2025.plusWorkingDays(LocalDate.of(2025, 9, 26), 15)).isEqualTo(LocalDate.of(2025, 10, 23));
        // without the holidays and the 调休 days it would be three weeks: 10-17
        assertThat(WorkingDayCalendar.weekdaysOnly().plusWorkingDays(LocalDate.of(2025, 9, 26), 15))
                .isEqualTo(LocalDate.of(2025, 10, 17));
    }

    @Test
    void theMakeUpSaturdayCounts() {
        // received Thursday 10-9: 10-10 = 1, 10-11 (调休 Saturday) = 2, 10-13 = 3
        assertThat(NATIONAL_DAY_2025.plusWorkingDays(LocalDate.of(2025, 10, 9), 3)).isEqualTo(LocalDate.of(2025, 10, 13));
        WorkingDayCalendar noMakeUp = new WorkingDayCalendar(
                IntStream.rangeClosed(1, 8).mapToObj(d -> LocalDate.of(2025, 10, d)).toList(), List.of());
        assertThat(noMakeUp.plusWorkingDays(LocalDate.of(2025, 10, 9), 3)).isEqualTo(LocalDate.of(2025, 10, 14));
    }

    @Test
    void theReceiptDayIsNotCountedAndZeroIsTheDayItself() {
        assertThat(NATIONAL_DAY_2025.plusWorkingDays(LocalDate.of(2025, 9, 30), 1)).isEqualTo(LocalDate.of(2025, 10, 9));
        assertThat(NATIONAL_DAY_2025.plusWorkingDays(LocalDate.of(2025, 10, 4), 0)).isEqualTo(LocalDate.of(2025, 10, 4));
    }

    @Test
    void aDateCannotBeBothHolidayAndWorkday() {
        assertThatThrownBy(() -> new WorkingDayCalendar(List.of(LocalDate.of(2025, 10, 1)), List.of(LocalDate.of(2025, 10, 1))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2025-10-01");
        assertThatThrownBy(() -> NATIONAL_DAY_2025.plusWorkingDays(LocalDate.of(2025, 10, 1), -1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
