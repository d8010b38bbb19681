package cn.justice.legalaid.application;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * 法律援助法 第32条: the applicant claims that this matter arises from what the article names, so that the economic
 * hardship condition does not apply. The exemption covers only that matter, not every matter of a person of the group.
 */
@Schema(name = "LegalAidHardshipExemption", description = "法律援助法第32条: the matter arises from what exempts it from "
        + "the economic hardship condition. HEROIC_ACT 第32条第二项 因见义勇为行为主张相关民事权益 (applicant group "
        + "HEROIC_ACT; civil claims related to the act: WORK_INJURY_DAMAGES, TRAFFIC_ACCIDENT_DAMAGES, SOCIAL_INSURANCE, "
        + "PENSION_COMPENSATION or OTHER, not in a criminal case); ABUSE_VICTIM 第32条第四项 遭受虐待、遗弃或者家庭暴力的"
        + "受害人主张相关权益 (applicant group DOMESTIC_VIOLENCE_VICTIM; SUPPORT_PAYMENTS, OTHER, or CRIMINAL as the victim "
        + "(CRIMINAL_VICTIM), never as the suspect). Claimed for another matter: 422 naming 法律援助法第32条.")
public enum HardshipExemption {
    HEROIC_ACT,
    ABUSE_VICTIM
}
