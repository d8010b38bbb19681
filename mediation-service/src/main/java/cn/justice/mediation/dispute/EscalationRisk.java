package cn.justice.mediation.dispute;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * 纠纷激化风险 (人民调解法第25条): how likely the dispute is to escalate (激化) into a public-order or criminal case;
 * a dispute that may escalate is reported to the police ({@code reportedToPoliceOn}).
 */
@Schema(name = "EscalationRisk", description = "NONE 无激化风险, LOW 有一定风险, HIGH 可能激化 (人民调解法第25条: 报告公安机关)")
public enum EscalationRisk {
    NONE, LOW, HIGH
}
