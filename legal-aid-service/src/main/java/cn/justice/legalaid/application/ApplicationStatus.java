package cn.justice.legalaid.application;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** State of an application: RECEIVED → UNDER_REVIEW → GRANTED | DENIED | WITHDRAWN; UNDER_REVIEW ⇄ MATERIALS_REQUESTED; GRANTED → ASSIGNED → CLOSED (see {@link ApplicationLifecycle}). */
@Schema(name = "LegalAidApplicationStatus", description = "RECEIVED 已收件, UNDER_REVIEW 审查中, MATERIALS_REQUESTED 补充材料, GRANTED 给予援助, DENIED 不予援助, "
        + "WITHDRAWN 撤回, ASSIGNED 已指派, CLOSED 结案, TERMINATED 终止法律援助 (第48条), OBJECTED 异议待决定 (第49条: a "
        + "denial or termination objected to, the 司法行政部门 decides within 5 days)")
public enum ApplicationStatus {
    RECEIVED,
    UNDER_REVIEW,
    MATERIALS_REQUESTED,
    GRANTED,
    DENIED,
    WITHDRAWN,
    ASSIGNED,
    CLOSED,
    TERMINATED,
    OBJECTED
}
