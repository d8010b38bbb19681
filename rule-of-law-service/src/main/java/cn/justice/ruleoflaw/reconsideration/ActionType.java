package cn.justice.ruleoflaw.reconsideration;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The kind of administrative action (行政行为) the application challenges. */
@Schema(name = "ReconsiderationActionType", description = "PENALTY 行政处罚, COMPULSION 行政强制, LICENSING 行政许可, "
        + "RESOURCE_RIGHTS 自然资源确权, EXPROPRIATION 征收征用及补偿, WORK_INJURY 工伤认定, INACTION 不履行法定职责, "
        + "INFORMATION_DISCLOSURE 政府信息公开, OTHER 其他")
public enum ActionType {
    PENALTY,
    COMPULSION,
    LICENSING,
    RESOURCE_RIGHTS,
    EXPROPRIATION,
    WORK_INJURY,
    INACTION,
    INFORMATION_DISCLOSURE,
    OTHER
}
