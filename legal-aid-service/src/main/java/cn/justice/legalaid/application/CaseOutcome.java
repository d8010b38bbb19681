package cn.justice.legalaid.application;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How an aided case ended (结案结果). */
@Schema(name = "CaseOutcome", description = "WON 胜诉, PARTLY_WON 部分胜诉, LOST 败诉, SETTLED 和解, MEDIATED 调解结案, TERMINATED 终止援助")
public enum CaseOutcome {
    WON,
    PARTLY_WON,
    LOST,
    SETTLED,
    MEDIATED,
    TERMINATED
}
