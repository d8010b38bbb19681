package cn.justice.legalaid.application;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Ground of mandatory defence (法律援助法 第25条): the suspect or defendant must have a defender, whatever their means;
 * and 第28条: in compulsory medical treatment proceedings (强制医疗) the respondent or defendant without an agent must be
 * assigned a lawyer.
 */
@Schema(name = "MandatoryDefenseGround", description = "法律援助法 第25条 (应当通知辩护): MINOR (一) 未成年人, BLIND_DEAF_MUTE (二) 视力、听力、言语残疾人, "
        + "MENTAL_INCAPACITY (三) 不能完全辨认自己行为的成年人, LIFE_OR_DEATH_SENTENCE (四) 可能被判处无期徒刑、死刑, "
        + "DEATH_PENALTY_REVIEW (五) 死刑复核案件被告人, TRIAL_IN_ABSENTIA (六) 缺席审判案件被告人; 第28条: COMPULSORY_TREATMENT "
        + "强制医疗案件的被申请人或者被告人")
public enum MandatoryDefenseGround {
    MINOR,
    BLIND_DEAF_MUTE,
    MENTAL_INCAPACITY,
    LIFE_OR_DEATH_SENTENCE,
    DEATH_PENALTY_REVIEW,
    TRIAL_IN_ABSENTIA,
    /** 第28条 强制医疗案件的被申请人或者被告人没有委托诉讼代理人. */
    COMPULSORY_TREATMENT
}
