package cn.justice.mediation.dispute;

import java.time.LocalDate;
import java.util.UUID;

/** List filters of {@code GET …/disputes}; dates apply to {@code registeredOn}; idNumber matches any party. */
public record DisputeFilter(String townshipCode, DisputeStatus status, DisputeSource source, DisputeCategory category,
                            UUID committeeId, LocalDate from, LocalDate to, Boolean overdue, String idNumber,
                            EscalationRisk escalationRisk) {
}
