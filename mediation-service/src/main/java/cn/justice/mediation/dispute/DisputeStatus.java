package cn.justice.mediation.dispute;

/** 纠纷状态 */
public enum DisputeStatus {
    REGISTERED, ACCEPTED, REJECTED, SUCCEEDED, FAILED, WITHDRAWN
}
