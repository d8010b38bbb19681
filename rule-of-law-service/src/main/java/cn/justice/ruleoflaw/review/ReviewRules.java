package cn.justice.ruleoflaw.review;

import cn.justice.platform.problem.ProblemException;
import cn.justice.platform.record.StateMachine;
import cn.justice.ruleoflaw.calendar.WorkingDayCalendar;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;

import static cn.justice.ruleoflaw.review.ReviewStatus.FILED;
import static cn.justice.ruleoflaw.review.ReviewStatus.OPINION_ISSUED;
import static cn.justice.ruleoflaw.review.ReviewStatus.RECEIVED;
import static cn.justice.ruleoflaw.review.ReviewStatus.UNDER_REVIEW;

/**
 * Rules of the legality review of normative documents (规范性文件合法性审查) that do not depend on storage: the state
 * machine and the 15-working-day period.
 */
public final class ReviewRules {
    /**
     * 国务院办公厅关于全面推行行政规范性文件合法性审核机制的指导意见 (国办发〔2018〕115号): the review takes no longer than 15
     * working days.
     */
    public static final int REVIEW_WORKING_DAYS = 15;

    private static final StateMachine<ReviewStatus> MACHINE = new StateMachine<>(Map.of(
            "start-review", EnumSet.of(RECEIVED),
            "issue-opinion", EnumSet.of(RECEIVED, UNDER_REVIEW),
            "file", EnumSet.of(OPINION_ISSUED),
            "update", EnumSet.of(RECEIVED, UNDER_REVIEW, OPINION_ISSUED)), Map.of(
            "start-review", UNDER_REVIEW,
            "issue-opinion", OPINION_ISSUED,
            "file", FILED));

    private ReviewRules() {
    }

    /** @return the state after {@code action}; 409 (currentStatus) when it is not allowed in {@code current} */
    public static ReviewStatus apply(String action, ReviewStatus current) {
        return MACHINE.apply(action, current);
    }

    /** 国办发〔2018〕115号: the opinion is due 15 working days after receipt (the county's calendar). */
    public static LocalDate dueOn(LocalDate receivedOn, WorkingDayCalendar calendar) {
        return calendar.plusWorkingDays(receivedOn, REVIEW_WORKING_DAYS);
    }

    /** Past the due date without an opinion (the bureau's today). */
    public static boolean overdue(ReviewStatus status, LocalDate dueOn, LocalDate today) {
        return (status == RECEIVED || status == UNDER_REVIEW) && today.isAfter(dueOn);
    }

    /** 备案 (三统一): a document found unlawful is not published, so it cannot be filed (409 rule-violated). */
    public static void checkFilable(ReviewOpinion opinion) {
        if (opinion == ReviewOpinion.UNLAWFUL) {
            throw ProblemException.ruleViolated("unlawful-not-filed", "a document the review found UNLAWFUL is not "
                    + "published and cannot be filed (备案)");
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
}
