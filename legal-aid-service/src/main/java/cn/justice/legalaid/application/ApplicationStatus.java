package cn.justice.legalaid.application;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** State of an application: RECEIVED → UNDER_REVIEW → GRANTED | DENIED | WITHDRAWN; UNDER_REVIEW ⇄ MATERIALS_REQUESTED; GRANTED → ASSIGNED → CLOSED (see {@link ApplicationLifecycle}). */
@Schema(name = "LegalAidApplicationStatus", description = "RECEIVED 已收件, UNDER_REVIEW 审查中, MATERIALS_REQUESTED 补充材料, GRANTED 给予援助, DENIED 不予援助, "
        + "WITHDRAWN 撤回, ASSIGNED 已指派, CLOSED 结案")
public enum ApplicationStatus {
    RECEIVED,
    UNDER_REVIEW,
    MATERIALS_REQUESTED,
    GRANTED,
    DENIED,
    WITHDRAWN,
    ASSIGNED,
    CLOSED
}
