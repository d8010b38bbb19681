package cn.justice.gateway.workqueue;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The kinds of work item (待办) of DESIGN §11 that the events carry the dates for. Each names the service and record
 * type the client opens for details, and its Chinese title (an item's {@code title} is the title and the due date:
 * no personal data). The rule of each is in {@link WorkItemRules}; docs/work-queue.md lists them.
 */
@Schema(description = """
        CORRECTION_REPORT_DUE 社区矫正对象报到期限 (reportDueOn while PENDING_REPORT); \
        CORRECTION_CHECK_IN_DUE 社区矫正对象定期报告期限 (checkInDueOn: last contact + the level's interval while supervised; overdue = 未按期报告); \
        CORRECTION_HEALTH_REPORT_DUE 暂予监外执行病情报告期限 (healthReportDueOn, monthly); \
        CORRECTION_SANCTION_PROPOSAL_PENDING 训诫警告提请待县级决定 (the oldest open proposal's day while the county has not decided it); \
        CORRECTION_LEAVE_RETURN_OVERDUE 社区矫正对象外出逾期未销假 (the event's flag; dueOn the day before the change at the latest); \
        CORRECTION_MONITORING_EXPIRING 电子定位期限届满 (the running period's last day); \
        CORRECTION_REVOCATION_RULING_DUE 提请撤销（收监）裁定期限 (courtDueOn while REVOCATION_PROPOSED); \
        RELEASED_KEY_PERSON_CONNECTION_DUE 重点帮教对象衔接期限 (releasedOn while not connected); \
        RELEASED_SUPPORT_PERIOD_ENDING 安置帮教期届满 (supportPeriodEndsOn while not closed); \
        LEGAL_AID_DECISION_DUE 法律援助审查决定期限 (decisionDueOn while undecided under review); \
        LEGAL_AID_MATERIALS_DUE 法律援助补充材料期限 (materialsDueOn while MATERIALS_REQUESTED; past it 视为撤回); \
        LEGAL_AID_ASSIGNMENT_DUE 法律援助指派期限 (assignmentDueOn while GRANTED); \
        LEGAL_AID_OBJECTION_DUE 法律援助异议审查期限 (objectionDueOn while OBJECTED); \
        MEDIATION_DISPUTE_DUE 矛盾纠纷调解期限 (dueOn, 30 days, while ACCEPTED); \
        MEDIATION_JUDICIAL_CONFIRMATION_WINDOW 调解协议司法确认申请期限 (agreementSignedOn + 30 days); \
        MEDIATION_AGREEMENT_FOLLOW_UP_DUE 调解协议履行回访期限 (the day after agreementPerformBy while SUCCEEDED and not followed up since); \
        MEDIATION_ESCALATION_RISK 纠纷激化风险高待报告处置 (HIGH risk not reported to the police; dueOn the day of the change); \
        MEDIATION_MEDIATOR_TERM_ENDING 人民调解员任期届满 (termEndsOn while ACTIVE); \
        PUBLICITY_UNIT_YEAR_LIST_DUE 普法责任清单报送期限 (31 March of the year the responsible unit has not filed, this year's or next); \
        PUBLICITY_PLANNED_ACTIVITY_DUE 普法活动计划开展期限 (heldOn while PLANNED; overdue = past its date neither held nor cancelled); \
        ROL_DOCUMENT_REVIEW_DUE 规范性文件合法性审查期限 (dueOn while not reviewed); \
        ROL_RECONSIDERATION_ACCEPTANCE_DUE 行政复议受理审查期限 (acceptanceDueOn while RECEIVED); \
        ROL_RECONSIDERATION_DECISION_DUE 行政复议决定期限 (decisionDueOn while ACCEPTED).""")
public enum WorkKind {
    CORRECTION_REPORT_DUE("correction", "subject", "社区矫正对象报到期限"),
    CORRECTION_CHECK_IN_DUE("correction", "subject", "社区矫正对象定期报告期限"),
    CORRECTION_HEALTH_REPORT_DUE("correction", "subject", "暂予监外执行病情报告期限"),
    CORRECTION_SANCTION_PROPOSAL_PENDING("correction", "subject", "训诫警告提请待县级决定"),
    CORRECTION_LEAVE_RETURN_OVERDUE("correction", "subject", "社区矫正对象外出逾期未销假"),
    CORRECTION_MONITORING_EXPIRING("correction", "subject", "电子定位期限届满"),
    CORRECTION_REVOCATION_RULING_DUE("correction", "subject", "提请撤销（收监）裁定期限"),
    RELEASED_KEY_PERSON_CONNECTION_DUE("correction", "released-person", "重点帮教对象衔接期限"),
    RELEASED_SUPPORT_PERIOD_ENDING("correction", "released-person", "安置帮教期届满"),
    LEGAL_AID_DECISION_DUE("legal-aid", "application", "法律援助审查决定期限"),
    LEGAL_AID_MATERIALS_DUE("legal-aid", "application", "法律援助补充材料期限"),
    LEGAL_AID_ASSIGNMENT_DUE("legal-aid", "application", "法律援助指派期限"),
    LEGAL_AID_OBJECTION_DUE("legal-aid", "application", "法律援助异议审查期限"),
    MEDIATION_DISPUTE_DUE("mediation", "dispute", "矛盾纠纷调解期限"),
    MEDIATION_JUDICIAL_CONFIRMATION_WINDOW("mediation", "dispute", "调解协议司法确认申请期限"),
    MEDIATION_AGREEMENT_FOLLOW_UP_DUE("mediation", "dispute", "调解协议履行回访期限"),
    MEDIATION_ESCALATION_RISK("mediation", "dispute", "纠纷激化风险高待报告处置"),
    MEDIATION_MEDIATOR_TERM_ENDING("mediation", "mediator", "人民调解员任期届满"),
    PUBLICITY_UNIT_YEAR_LIST_DUE("publicity", "responsible-unit", "普法责任清单报送期限"),
    PUBLICITY_PLANNED_ACTIVITY_DUE("publicity", "activity", "普法活动计划开展期限"),
    ROL_DOCUMENT_REVIEW_DUE("rule-of-law", "document-review", "规范性文件合法性审查期限"),
    ROL_RECONSIDERATION_ACCEPTANCE_DUE("rule-of-law", "reconsideration", "行政复议受理审查期限"),
    ROL_RECONSIDERATION_DECISION_DUE("rule-of-law", "reconsideration", "行政复议决定期限");

    private final String service;
    private final String recordType;
    private final String title;

    WorkKind(String service, String recordType, String title) {
        this.service = service;
        this.recordType = recordType;
        this.title = title;
    }

    /** The service that holds the record ({@code /api/v1/<service>/…}). */
    public String service() {
        return service;
    }

    /** The record's aggregate type, as in the event types ({@code <service>.<recordType>.<verb>}). */
    public String recordType() {
        return recordType;
    }

    /** Chinese title, without the date. */
    public String title() {
        return title;
    }

    /** An item's title: the kind's and the due date (never anything of the person or the case). */
    public String title(java.time.LocalDate dueOn) {
        return title + " " + dueOn;
    }
}
