package cn.justice.legalaid.application;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Ground of mandatory defence (法律援助法 第25条): the suspect or defendant must have a defender, whatever their means. */
@Schema(name = "MandatoryDefenseGround", description = "法律援助法 第25条 (应当通知辩护): MINOR (一) 未成年人, BLIND_DEAF_MUTE (二) 视力、听力、言语残疾人, "
        + "MENTAL_INCAPACITY (三) 不能完全辨认自己行为的成年人, LIFE_OR_DEATH_SENTENCE (四) 可能被判处无期徒刑、死刑, "
        + "DEATH_PENALTY_REVIEW (五) 死刑复核案件被告人, TRIAL_IN_ABSENTIA (六) 缺席审判案件被告人")
public enum MandatoryDefenseGround {
    MINOR,
    BLIND_DEAF_MUTE,
    MENTAL_INCAPACITY,
    LIFE_OR_DEATH_SENTENCE,
    DEATH_PENALTY_REVIEW,
    TRIAL_IN_ABSENTIA
}
