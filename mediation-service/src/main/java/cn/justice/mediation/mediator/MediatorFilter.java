package cn.justice.mediation.mediator;

import java.time.LocalDate;
import java.util.UUID;

/** List filters of {@code GET …/mediators}; dates apply to {@code appointedOn}. */
public record MediatorFilter(String townshipCode, UUID committeeId, MediatorStatus status, MediatorKind kind,
                             Boolean traditional, LocalDate from, LocalDate to) {
}
