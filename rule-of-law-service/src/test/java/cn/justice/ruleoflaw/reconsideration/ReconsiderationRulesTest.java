package cn.justice.ruleoflaw.reconsideration;

import cn.justice.platform.problem.ProblemException;
import cn.justice.ruleoflaw.calendar.WorkingDayCalendar;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

import static cn.justice.ruleoflaw.reconsideration.ReconsiderationProcedure.ORDINARY;
import static cn.justice.ruleoflaw.reconsideration.ReconsiderationProcedure.SIMPLE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class ReconsiderationRulesTest {
    static final LocalDate KNEW = LocalDate.of(2025, 3, 1);

    @Test
    void sixtyDaysAfterKnowingIsInTimeSixtyOneIsNot() {
        ReconsiderationRules.checkApplicationPeriod(KNEW, KNEW.plusDays(60));
        assertThat(ReconsiderationRules.applicationDeadline(KNEW)).isEqualTo(LocalDate.of(2025, 4, 30));
        ProblemException e = catchThrowableOfType(ProblemException.class,
                () -> ReconsiderationRules.checkApplicationPeriod(KNEW, KNEW.plusDays(61)));
        assertThat(e.status()).isEqualTo(422);
        assertThat(e.problem().detail).startsWith("行政复议法第20条").contains("2025-04-30");
    }

    @Test
    void knowingAfterApplyingIsBadInput() {
        ProblemException e = catchThrowableOfType(ProblemException.class,
                () -> ReconsiderationRules.checkApplicationPeriod(KNEW, KNEW.minusDays(1)));
        assertThat(e.status()).isEqualTo(400);
    }

    @Test
    void acceptanceIsDueFiveWorkingDaysAfterReceipt() {
        // received Monday 2025-03-03: Tuesday … Monday 03-10 (weekend not counted)
        assertThat(ReconsiderationRules.acceptanceDueOn(LocalDate.of(2025, 3, 3), WorkingDayCalendar.weekdaysOnly()))
                .isEqualTo(LocalDate.of(2025, 3, 10));
        // received Tuesday 2025-09-30 before 国庆: 10-9, 10-10, 10-11 (调休), 10-13, 10-14
        WorkingDayCalendar national = new WorkingDayCalendar(
                IntStream.rangeClosed(1, 8).mapToObj(d -> LocalDate.of(2025, 10, d)).toList(),
                List.of(LocalDate.of(2025, 9, 28), LocalDate.of(2025, 10, 11)));
        assertThat(ReconsiderationRules.acceptanceDueOn(LocalDate.of(2025, 9, 30), national))
                .isEqualTo(LocalDate.of(2025, 10, 14));
    }

    @Test
    void decisionDueThirtyOrSixtyDaysAfterAcceptancePlusTheExtension() {
        LocalDate accepted = LocalDate.of(2025, 3, 10);
        assertThat(ReconsiderationRules.decisionDueOn(accepted, SIMPLE, null)).isEqualTo(LocalDate.of(2025, 4, 9));
        assertThat(ReconsiderationRules.decisionDueOn(accepted, ORDINARY, null)).isEqualTo(LocalDate.of(2025, 5, 9));
        assertThat(ReconsiderationRules.decisionDueOn(accepted, ORDINARY, 30)).isEqualTo(LocalDate.of(2025, 6, 8));
    }

    @Test
    void oneExtensionOfAtMostThirtyDaysUnderTheOrdinaryProcedure() {
        ReconsiderationRules.checkExtension(ORDINARY, null, 30);
        ReconsiderationRules.checkExtension(ORDINARY, null, 1);
        for (Runnable broken : List.<Runnable>of(
                () -> ReconsiderationRules.checkExtension(ORDINARY, null, 31),
                () -> ReconsiderationRules.checkExtension(ORDINARY, 10, 10),
                () -> ReconsiderationRules.checkExtension(SIMPLE, null, 10))) {
            ProblemException e = catchThrowableOfType(ProblemException.class, broken::run);
            assertThat(e.status()).isEqualTo(422);
            assertThat(e.problem().detail).startsWith("行政复议法第62条");
        }
        assertThatThrownBy(() -> ReconsiderationRules.checkExtension(ORDINARY, null, 0))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.status()).isEqualTo(400));
    }

    @Test
    void onTimeIsNotAfterTheDueDate() {
        LocalDate due = LocalDate.of(2025, 4, 9);
        assertThat(ReconsiderationRules.onTime(due, due)).isTrue();
        assertThat(ReconsiderationRules.onTime(due.plusDays(1), due)).isFalse();
        assertThat(ReconsiderationRules.onTime(null, due)).isNull();
    }

    @Test
    void stateMachine() {
        assertThat(ReconsiderationLifecycle.apply("accept", ReconsiderationStatus.RECEIVED)).isEqualTo(ReconsiderationStatus.ACCEPTED);
        assertThat(ReconsiderationLifecycle.apply("reject", ReconsiderationStatus.RECEIVED)).isEqualTo(ReconsiderationStatus.REJECTED);
        assertThat(ReconsiderationLifecycle.apply("extend", ReconsiderationStatus.ACCEPTED)).isEqualTo(ReconsiderationStatus.ACCEPTED);
        assertThat(ReconsiderationLifecycle.apply("decide", ReconsiderationStatus.ACCEPTED)).isEqualTo(ReconsiderationStatus.DECIDED);
        assertThat(ReconsiderationLifecycle.apply("mediate", ReconsiderationStatus.ACCEPTED)).isEqualTo(ReconsiderationStatus.MEDIATED);
        assertThat(ReconsiderationLifecycle.apply("settle", ReconsiderationStatus.ACCEPTED)).isEqualTo(ReconsiderationStatus.SETTLED);
        assertThat(ReconsiderationLifecycle.apply("terminate", ReconsiderationStatus.ACCEPTED)).isEqualTo(ReconsiderationStatus.TERMINATED);
        ProblemException e = catchThrowableOfType(ProblemException.class,
                () -> ReconsiderationLifecycle.apply("decide", ReconsiderationStatus.RECEIVED));
        assertThat(e.status()).isEqualTo(409);
        assertThat(e.problem().extensions()).containsEntry("currentStatus", "RECEIVED");
        assertThat(catchThrowableOfType(ProblemException.class,
                () -> ReconsiderationLifecycle.apply("update", ReconsiderationStatus.DECIDED)).status()).isEqualTo(409);
    }

    @Test
    void correctingDecisions() {
        assertThat(List.of(ReconsiderationDecision.values()).stream().filter(ReconsiderationDecision::corrects).toList())
                .containsExactly(ReconsiderationDecision.REVOKE, ReconsiderationDecision.CHANGE,
                        ReconsiderationDecision.CONFIRM_ILLEGAL, ReconsiderationDecision.ORDER_PERFORMANCE);
    }
}
