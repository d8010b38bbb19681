package cn.justice.mediation.dispute;

/** 司法确认结果 */
public enum ConfirmationResult {
    CONFIRMED, INVALID
}
