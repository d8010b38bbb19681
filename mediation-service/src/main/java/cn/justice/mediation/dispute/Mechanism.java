package cn.justice.mediation.dispute;

/** 调解机制 (德古+法律, 公调对接) */
public enum Mechanism {
    DEGU_LAW, POLICE_LINKAGE
}
