package cn.justice.mediation.mediator;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * {@code data} of the {@code mediation.mediator.*} events: codes, enums, dates, figures and version — what the
 * gateway's stock measure mediators_active needs. Never the name (personal data) nor training topics (free text).
 *
 * @param trainingDate  {@code trained}: the date of the training this event records; otherwise null
 * @param trainingHours {@code trained}: its hours; otherwise null
 */
public record MediatorEventData(
        UUID mediatorId,
        long version,
        String countyCode,
        String townshipCode,
        UUID committeeId,
        MediatorKind kind,
        boolean traditional,
        MediatorStatus status,
        LocalDate appointedOn,
        LocalDate termEndsOn,
        LocalDate retiredOn,
        int trainingCount,
        LocalDate trainingDate,
        BigDecimal trainingHours) {

    public static MediatorEventData of(Mediator m, Training training) {
        return new MediatorEventData(m.id, m.version, m.countyCode, m.townshipCode, m.committeeId, m.kind,
                m.traditional, m.status, m.appointedOn, m.termEndsOn, m.retiredOn, m.trainings.size(),
                training == null ? null : training.date, training == null ? null : training.hours);
    }
}
