package cn.justice.mediation.dispute;

/** 纠纷来源 (排查, 申请, 公安移送, 法院委派, 信访移交, 其他) */
public enum DisputeSource {
    SCREENING, APPLICATION, POLICE_REFERRAL, COURT_REFERRAL, PETITION_REFERRAL, OTHER
}
