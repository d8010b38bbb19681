package cn.justice.publicity.activity;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** State of an activity: PLANNED (计划) → HELD (已开展, by {@code hold}) | CANCELLED (取消, by {@code cancel}). */
@Schema(name = "ActivityStatus", description = "PLANNED 计划, HELD 已开展, CANCELLED 已取消")
public enum ActivityStatus {
    PLANNED,
    HELD,
    CANCELLED
}
