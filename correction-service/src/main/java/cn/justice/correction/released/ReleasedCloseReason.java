package cn.justice.correction.released;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Why 安置帮教 ended (DESIGN §10.1): PERIOD_ENDED 帮教期满 (only once the five years are over, see
 * {@link ReleasedRules#checkClose}), DECEASED 死亡, REIMPRISONED 重新入狱 (收监执行), MOVED_AWAY 迁出本县, OTHER.
 */
@Schema(name = "ReleasedPersonCloseReason", description = "PERIOD_ENDED 帮教期满 (not before supportPeriodEndsOn), "
        + "DECEASED 死亡, REIMPRISONED 重新入狱, MOVED_AWAY 迁出本县, OTHER 其他")
public enum ReleasedCloseReason {
    PERIOD_ENDED, DECEASED, REIMPRISONED, MOVED_AWAY, OTHER
}
