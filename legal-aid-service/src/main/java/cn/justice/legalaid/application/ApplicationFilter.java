package cn.justice.legalaid.application;

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
}
