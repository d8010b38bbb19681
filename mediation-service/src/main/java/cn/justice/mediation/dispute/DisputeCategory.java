package cn.justice.mediation.dispute;

/** 纠纷纠纷类型 */
public enum DisputeCategory {
    MARRIAGE_FAMILY, NEIGHBOR, LAND, HOMESTEAD, CONTRACT_DEBT, LABOR, MEDICAL, TRAFFIC, PROPERTY_DAMAGE, COMPENSATION, OTHER
}
