package cn.justice.publicity.activity;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Audience of a publicity activity (普法对象). */
@Schema(name = "ActivityTargetGroup", description = "LEADING_CADRES 领导干部, CIVIL_SERVANTS 公职人员, YOUTH 青少年, "
        + "BUSINESS_MANAGERS 企业经营管理人员, FARMERS 农民, MIGRANTS 外出务工人员, GENERAL_PUBLIC 群众")
public enum TargetGroup {
    LEADING_CADRES,
    CIVIL_SERVANTS,
    YOUTH,
    BUSINESS_MANAGERS,
    FARMERS,
    MIGRANTS,
    GENERAL_PUBLIC
}
