package cn.justice.legalaid.application;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** 法律援助法 第48条: the grounds on which the legal aid office ends the aid (终止法律援助). */
@Schema(name = "LegalAidTerminationGround", description = "法律援助法第48条: OBTAINED_BY_DECEPTION (一) 受援人以欺骗或者其他不正当手段获得法律援助; "
        + "ILLEGAL_ACTIVITY (二) 受援人故意隐瞒与案件有关的重要事实或者提供虚假证据 / 利用法律援助从事违法活动; "
        + "NO_LONGER_ELIGIBLE (三) 受援人的经济状况发生变化，不再符合法律援助条件; PROCEEDINGS_ENDED (四) 案件终止审理或者已经被撤销; "
        + "OWN_COUNSEL (五) 受援人自行委托律师或者其他代理人; APPLICANT_REQUEST (六) 受援人有正当理由要求终止法律援助; "
        + "OTHER_PRESCRIBED (七) 法律法规规定的其他情形")
public enum TerminationGround {
    OBTAINED_BY_DECEPTION,
    ILLEGAL_ACTIVITY,
    NO_LONGER_ELIGIBLE,
    PROCEEDINGS_ENDED,
    OWN_COUNSEL,
    APPLICANT_REQUEST,
    OTHER_PRESCRIBED
}
