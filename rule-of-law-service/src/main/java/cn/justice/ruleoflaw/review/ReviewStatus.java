package cn.justice.ruleoflaw.review;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** RECEIVED → UNDER_REVIEW → OPINION_ISSUED → FILED. */
@Schema(name = "DocumentReviewStatus", description = "RECEIVED 已收件, UNDER_REVIEW 审查中, OPINION_ISSUED 已出具审查意见, FILED 已备案")
public enum ReviewStatus {
    RECEIVED,
    UNDER_REVIEW,
    OPINION_ISSUED,
    FILED
}
