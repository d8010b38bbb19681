package cn.justice.ruleoflaw.review;

import cn.justice.platform.problem.ProblemException;
import cn.justice.ruleoflaw.calendar.WorkingDayCalendar;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class ReviewRulesTest {
    static final WorkingDayCalendar CALENDAR = new WorkingDayCalendar(
            IntStream.rangeClosed(1, 8).mapToObj(d -> LocalDate.of(2025, 10, d)).toList(),
            List.of(LocalDate.of(2025, 9, 28), LocalDate.of(2025, 10, 11)));

    @Test
    void dueFifteenWorkingDaysAfterReceiptAcrossNationalDayAndItsMakeUpSaturday() {
        assertThat(ReviewRules.dueOn(LocalDate.of(2025, 9, 26), CALENDAR)).isEqualTo(LocalDate.of(2025, 10, 23));
        // an ordinary month: Monday 2025-03-03 + 15 working days = Monday 03-24
        assertThat(ReviewRules.dueOn(LocalDate.of(2025, 3, 3), CALENDAR)).isEqualTo(LocalDate.of(2025, 3, 24));
    }

    @Test
    void overdueOnlyWhileOpenAndPastTheDueDate() {
        LocalDate due = LocalDate.of(2025, 10, 23);
        assertThat(ReviewRules.overdue(ReviewStatus.UNDER_REVIEW, due, due)).isFalse();
        assertThat(ReviewRules.overdue(ReviewStatus.UNDER_REVIEW, due, due.plusDays(1))).isTrue();
        assertThat(ReviewRules.overdue(ReviewStatus.RECEIVED, due, due.plusDays(1))).isTrue();
        assertThat(ReviewRules.overdue(ReviewStatus.OPINION_ISSUED, due, due.plusDays(1))).isFalse();
    }

    @Test
    void stateMachine() {
        assertThat(ReviewRules.apply("start-review", ReviewStatus.RECEIVED)).isEqualTo(ReviewStatus.UNDER_REVIEW);
        assertThat(ReviewRules.apply("issue-opinion", ReviewStatus.RECEIVED)).isEqualTo(ReviewStatus.OPINION_ISSUED);
        assertThat(ReviewRules.apply("issue-opinion", ReviewStatus.UNDER_REVIEW)).isEqualTo(ReviewStatus.OPINION_ISSUED);
        assertThat(ReviewRules.apply("file", ReviewStatus.OPINION_ISSUED)).isEqualTo(ReviewStatus.FILED);
        ProblemException e = catchThrowableOfType(ProblemException.class, () -> ReviewRules.apply("file", ReviewStatus.UNDER_REVIEW));
        assertThat(e.status()).isEqualTo(409);
        assertThat(e.problem().extensions()).containsEntry("currentStatus", "UNDER_REVIEW");
        assertThat(catchThrowableOfType(ProblemException.class, () -> ReviewRules.apply("update", ReviewStatus.FILED)).status())
                .isEqualTo(409);
    }

    @Test
    void anUnlawfulDocumentIsNotFiled() {
        ReviewRules.checkFilable(ReviewOpinion.LAWFUL);
        ReviewRules.checkFilable(ReviewOpinion.AMEND);
        assertThat(catchThrowableOfType(ProblemException.class, () -> ReviewRules.checkFilable(ReviewOpinion.UNLAWFUL)).status())
                .isEqualTo(409);
        assertThat(ReviewOpinion.LAWFUL.foundIssues()).isFalse();
        assertThat(ReviewOpinion.AMEND.foundIssues()).isTrue();
    }
}
