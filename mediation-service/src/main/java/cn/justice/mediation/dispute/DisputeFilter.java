package cn.justice.mediation.dispute;

import java.time.LocalDate;

/** List filters of {@code GET …/disputes}; dates apply to {@code registeredOn}. */
public record DisputeFilter(String townshipCode, DisputeStatus status, DisputeSource source, DisputeCategory category,
                            LocalDate from, LocalDate to, Boolean overdue) {
}
