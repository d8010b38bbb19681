package cn.justice.mediation.committee;

import java.time.LocalDate;

/** List filters of {@code GET …/committees}; dates apply to {@code establishedOn}. */
public record CommitteeFilter(String townshipCode, CommitteeStatus status, CommitteeType type, Boolean standardized,
                              LocalDate from, LocalDate to) {
}
