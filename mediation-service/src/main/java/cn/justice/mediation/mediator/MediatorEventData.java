package cn.justice.mediation.mediator;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * {@code data} of the {@code mediation.mediator.*} events: codes, enums, dates, figures and version — what the
 * gateway's measures need (stocks mediators_active and mediators_full_time, flow mediator_training_hours). Never the
 * name (personal data) nor training topics (free text).
 *
 * @param trainingDate  {@code trained}: the date of the training this event records; otherwise null
 * @param trainingHours {@code trained}: its hours; otherwise null
 * @param trainings     every training recorded so far (date and hours, in the order recorded), so that the latest
 *                      event alone gives the mediator's whole contribution to mediator_training_hours
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
        BigDecimal trainingHours,
        List<TrainingFigures> trainings) {

    /** Date and hours of one training (its topic, free text, stays in the service). */
    public record TrainingFigures(LocalDate date, BigDecimal hours) {
    }

    public static MediatorEventData of(Mediator m, Training training) {
        return new MediatorEventData(m.id, m.version, m.countyCode, m.townshipCode, m.committeeId, m.kind,
                m.traditional, m.status, m.appointedOn, m.termEndsOn, m.retiredOn, m.trainings.size(),
                training == null ? null : training.date, training == null ? null : training.hours,
                m.trainings.stream().map(t -> new TrainingFigures(t.date, t.hours)).toList());
    }
}
