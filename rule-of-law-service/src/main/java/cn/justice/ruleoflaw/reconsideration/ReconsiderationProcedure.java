package cn.justice.ruleoflaw.reconsideration;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** 行政复议法第62条: SIMPLE (简易程序) decided within 30 days of acceptance, ORDINARY (普通程序) within 60, extendable once. */
@Schema(name = "ReconsiderationProcedure", description = "SIMPLE 简易程序 (30 days), ORDINARY 普通程序 (60 days, one extension of at "
        + "most 30 days)")
public enum ReconsiderationProcedure {
    SIMPLE,
    ORDINARY
}
