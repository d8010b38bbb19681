package cn.justice.legalaid.application;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The applicant's economic hardship (经济困难) as far as the office knows it. */
@Schema(name = "EconomicHardship", description = "NOT_CLAIMED 未主张经济困难, CLAIMED 已申报 (not yet verified), VERIFIED 经核查属实, "
        + "EXEMPT 免于经济困难审查/核查 (only counts where 第32条 or 第42条 applies), PLEDGED 个人诚信承诺 (法律援助法第41条: "
        + "the applicant's personal pledge establishes the hardship)")
public enum EconomicHardship {
    NOT_CLAIMED,
    CLAIMED,
    VERIFIED,
    EXEMPT,
    /** 法律援助法 第41条: hardship established by the applicant's personal pledge (个人诚信承诺) instead of a check. */
    PLEDGED
}
