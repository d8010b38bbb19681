package cn.justice.legalaid.application;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** 法律援助法 第44条: the grounds on which aid is provided before the decision (先行提供). */
@Schema(name = "LegalAidEmergencyGround", description = "法律援助法第44条: LIMITATION_UNDER_7_DAYS 距法定时效或者期限届满不足七日, "
        + "需要及时提起诉讼或者申请仲裁、行政复议; PRESERVATION_NEEDED 需要立即申请财产保全、证据保全或者先予执行; "
        + "OTHER_PRESCRIBED 法律、法规、规章规定的其他情形")
public enum EmergencyGround {
    LIMITATION_UNDER_7_DAYS,
    PRESERVATION_NEEDED,
    OTHER_PRESCRIBED
}
