package cn.justice.legalaid.application;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Kind of case the aid is for (案件类型). */
@Schema(name = "LegalAidCaseType", description = "CRIMINAL_DEFENSE 刑事辩护, CRIMINAL_VICTIM 刑事被害人代理, CIVIL 民事, ADMINISTRATIVE 行政, "
        + "STATE_COMPENSATION 国家赔偿, LABOR_ARBITRATION 劳动仲裁, NON_LITIGATION 非诉讼")
public enum CaseType {
    CRIMINAL_DEFENSE,
    CRIMINAL_VICTIM,
    CIVIL,
    ADMINISTRATIVE,
    STATE_COMPENSATION,
    LABOR_ARBITRATION,
    NON_LITIGATION
}
