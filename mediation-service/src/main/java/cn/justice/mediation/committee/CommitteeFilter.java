package cn.justice.mediation.committee;

import cn.justice.platform.record.RecordQuery;

import java.time.LocalDate;

/** List filters of {@code GET …/committees}; dates apply to {@code establishedOn}. */
public record CommitteeFilter(String townshipCode, CommitteeStatus status, CommitteeType type, Boolean standardized,
                              LocalDate from, LocalDate to) {
    static CommitteeFilter of(RecordQuery q) {
        return new CommitteeFilter(q.township(), q.enumOf("status", CommitteeStatus.class),
                q.enumOf("type", CommitteeType.class), q.bool("standardized"), q.from("establishedOn"), q.to("establishedOn"));
    }
}
