package cn.justice.mediation.dispute;

/** 调解不成时告知的其他途径 (诉讼, 仲裁, 行政) */
public enum Referral {
    LITIGATION, ARBITRATION, ADMINISTRATIVE, NONE
}
