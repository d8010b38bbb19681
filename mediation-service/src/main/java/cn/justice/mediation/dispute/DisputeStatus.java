package cn.justice.mediation.dispute;

/**
 * 纠纷状态. AGREEMENT_INVALID: a court ruled the mediation agreement invalid on an application for judicial
 * confirmation (人民调解法第33条: 确认无效); the dispute no longer counts as succeeded and may be mediated again
 * ({@code reopen}).
 */
public enum DisputeStatus {
    REGISTERED, ACCEPTED, REJECTED, SUCCEEDED, FAILED, WITHDRAWN, AGREEMENT_INVALID
}
