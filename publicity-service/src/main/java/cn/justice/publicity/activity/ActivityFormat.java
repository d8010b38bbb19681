package cn.justice.publicity.activity;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Form of a publicity activity. */
@Schema(name = "ActivityFormat", description = "LECTURE 讲座, STALL 摆摊设点, PERFORMANCE 文艺演出, ONLINE 线上, "
        + "CASE_EXPLANATION 以案释法, TRAINING 培训, OTHER 其他")
public enum ActivityFormat {
    LECTURE,
    STALL,
    PERFORMANCE,
    ONLINE,
    CASE_EXPLANATION,
    TRAINING,
    OTHER
}
