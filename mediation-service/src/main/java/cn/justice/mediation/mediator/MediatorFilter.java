package cn.justice.mediation.mediator;

import cn.justice.platform.record.RecordQuery;

import java.time.LocalDate;
import java.util.UUID;

/** List filters of {@code GET …/mediators}; dates apply to {@code appointedOn}. */
public record MediatorFilter(String townshipCode, UUID committeeId, MediatorStatus status, MediatorKind kind,
                             Boolean traditional, LocalDate from, LocalDate to) {
    static MediatorFilter of(RecordQuery q) {
        return new MediatorFilter(q.township(), q.uuid("committeeId"), q.enumOf("status", MediatorStatus.class),
                q.enumOf("kind", MediatorKind.class), q.bool("traditional", "德古"), q.from("appointedOn"), q.to("appointedOn"));
    }
}
