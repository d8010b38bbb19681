package cn.justice.legalaid.application;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Groups the applicant belongs to (特定群体); they feed the eligibility rules of 第32条 and 第42条. */
@Schema(name = "ApplicantGroup", description = "MINOR 未成年人, ELDERLY 老年人, DISABLED 残疾人, MIGRANT_WORKER 进城务工人员, "
        + "SOCIAL_ASSISTANCE 社会救助/司法救助对象, MILITARY_FAMILY 军属/优抚对象, "
        + "DOMESTIC_VIOLENCE_VICTIM 虐待、遗弃、家庭暴力受害人, HEROIC_ACT 见义勇为, OTHER 其他")
public enum ApplicantGroup {
    MINOR,
    ELDERLY,
    DISABLED,
    MIGRANT_WORKER,
    SOCIAL_ASSISTANCE,
    MILITARY_FAMILY,
    DOMESTIC_VIOLENCE_VICTIM,
    HEROIC_ACT,
    OTHER
}
