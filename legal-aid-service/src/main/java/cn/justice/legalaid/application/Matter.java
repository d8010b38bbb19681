package cn.justice.legalaid.application;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The matter of the application: the items of 法律援助法 第31条, plus heroes' rights (第32条), criminal cases and OTHER. */
@Schema(name = "LegalAidMatter", description = "法律援助法 第31条 items: STATE_COMPENSATION (一) 国家赔偿, "
        + "SOCIAL_INSURANCE / SOCIAL_ASSISTANCE (二) 社会保险待遇/社会救助, PENSION_COMPENSATION (三) 抚恤金, "
        + "SUPPORT_PAYMENTS (四) 赡养费、抚养费、扶养费, LABOR_RELATION_PAY (五) 确认劳动关系或支付劳动报酬, "
        + "CAPACITY_DECLARATION (六) 认定无/限制民事行为能力, "
        + "WORK_INJURY_DAMAGES / TRAFFIC_ACCIDENT_DAMAGES / FOOD_DRUG_DAMAGES / MEDICAL_DAMAGES (七) 工伤/交通/食品药品/医疗事故人身损害赔偿, "
        + "ENVIRONMENTAL_DAMAGES (八) 环境污染、生态破坏损害赔偿; HEROES_RIGHTS 英雄烈士人格权益 (第32条); CRIMINAL 刑事案件; "
        + "OTHER 其他")
public enum Matter {
    STATE_COMPENSATION,
    SOCIAL_INSURANCE,
    SOCIAL_ASSISTANCE,
    PENSION_COMPENSATION,
    SUPPORT_PAYMENTS,
    LABOR_RELATION_PAY,
    CAPACITY_DECLARATION,
    WORK_INJURY_DAMAGES,
    TRAFFIC_ACCIDENT_DAMAGES,
    FOOD_DRUG_DAMAGES,
    MEDICAL_DAMAGES,
    ENVIRONMENTAL_DAMAGES,
    HEROES_RIGHTS,
    CRIMINAL,
    OTHER
}
