package cn.justice.legalaid.dutylawyer;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the duty lawyer did (法律援助法第30条: 法律咨询、程序选择建议、申请变更强制措施、对案件处理提出意见等法律帮助). */
@Schema(name = "DutyLawyerServiceKind", description = "ADVICE 法律咨询、程序选择建议等法律帮助, PLEA_WITNESS 认罪认罚具结见证 "
        + "(在场见证签署认罪认罚具结书), OTHER 其他法律帮助 (申请变更强制措施、对案件处理提出意见等)")
public enum DutyLawyerKind {
    ADVICE,
    PLEA_WITNESS,
    OTHER
}
