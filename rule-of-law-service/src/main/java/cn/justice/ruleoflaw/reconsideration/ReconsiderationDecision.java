package cn.justice.ruleoflaw.reconsideration;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The reconsideration decision (行政复议决定). REVOKE, CHANGE, CONFIRM_ILLEGAL and ORDER_PERFORMANCE correct the
 * administrative action (纠错): they count in reconsiderations_corrected.
 */
@Schema(name = "ReconsiderationDecision", description = "MAINTAIN 维持, REVOKE 撤销, CHANGE 变更, CONFIRM_ILLEGAL 确认违法, "
        + "ORDER_PERFORMANCE 责令履行, CONFIRM_INVALID 确认无效, DISMISS 驳回复议请求")
public enum ReconsiderationDecision {
    MAINTAIN,
    REVOKE,
    CHANGE,
    CONFIRM_ILLEGAL,
    ORDER_PERFORMANCE,
    CONFIRM_INVALID,
    DISMISS;

    /** A decision that corrects the administrative action (纠错). */
    public boolean corrects() {
        return this == REVOKE || this == CHANGE || this == CONFIRM_ILLEGAL || this == ORDER_PERFORMANCE;
    }
}
