package cn.justice.legalaid.application;

import cn.justice.platform.record.RecordQuery;

import java.time.LocalDate;
import java.util.UUID;

/**
 * List filters of {@code GET …/applications}; from/to apply to {@code receivedOn}; assignmentOverdue: GRANTED past
 * assignmentDueOn (法律援助法第43条).
 */
public record ApplicationFilter(String townshipCode, ApplicationStatus status, ApplicationChannel channel,
                                CaseType caseType, Matter matter, Boolean eligible, EconomicHardship economicHardship,
                                Decision decision, Boolean deniedWhileEligible, Boolean emergency, Boolean overdue,
                                UUID workstationId, LocalDate from, LocalDate to, String idNumber,
                                Boolean assignmentOverdue) {
    static ApplicationFilter of(RecordQuery q) {
        return new ApplicationFilter(q.township(), q.enumOf("status", ApplicationStatus.class),
                q.enumOf("channel", ApplicationChannel.class), q.enumOf("caseType", CaseType.class),
                q.enumOf("matter", Matter.class), q.bool("eligible"), q.enumOf("economicHardship", EconomicHardship.class),
                q.enumOf("decision", Decision.class), q.bool("deniedWhileEligible"), q.bool("emergency"),
                q.bool("overdue", "Undecided and past decisionDueOn"), q.uuid("workstationId"), q.from("receivedOn"),
                q.to("receivedOn"), q.text("idNumber", "Exact ID number of the applicant (matched by keyed hash)"),
                q.bool("assignmentOverdue", "GRANTED, not assigned, past assignmentDueOn (法律援助法第43条)"));
    }
}
