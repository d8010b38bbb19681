package cn.justice.ruleoflaw.reconsideration;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** RECEIVED → ACCEPTED | REJECTED; ACCEPTED → DECIDED | MEDIATED | SETTLED | TERMINATED. */
@Schema(name = "ReconsiderationStatus", description = "RECEIVED 已收到申请, ACCEPTED 已受理, REJECTED 不予受理, DECIDED 已作出复议决定, "
        + "MEDIATED 调解结案, SETTLED 和解 (撤回申请), TERMINATED 终止")
public enum ReconsiderationStatus {
    RECEIVED,
    ACCEPTED,
    REJECTED,
    DECIDED,
    MEDIATED,
    SETTLED,
    TERMINATED
}
