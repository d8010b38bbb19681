package cn.justice.mediation.mediator;

import cn.justice.platform.personal.Masking;
import cn.justice.platform.record.RecordView;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A mediator as the API shows it: the full name on a single record, masked (张*) in lists and the sync feed. */
@Schema(name = "Mediator", description = "人民调解员")
public record MediatorView(
        UUID id,
        @Schema(description = "Optimistic concurrency version; send it as If-Match") long version,
        String countyCode,
        String townshipCode,
        UUID committeeId,
        @Schema(description = "Full name on a single record; masked (阿***) in lists and the sync feed") String name,
        MediatorKind kind,
        @Schema(description = "德古") boolean traditional,
        LocalDate appointedOn,
        LocalDate termEndsOn,
        @Schema(description = "ACTIVE and past termEndsOn") boolean termExpired,
        MediatorStatus status,
        LocalDate retiredOn,
        List<TrainingView> trainings,
        @Schema(description = "Hours of this calendar year's trainings", example = "12.5") BigDecimal trainingHoursThisYear,
        Instant createdAt,
        Instant updatedAt) implements RecordView {

    /** A training as shown. */
    @Schema(name = "MediatorTraining")
    public record TrainingView(LocalDate date, BigDecimal hours, String topic) {
    }

    public static MediatorView of(Mediator m, LocalDate today, boolean masked) {
        return new MediatorView(m.id, m.version, m.countyCode, m.townshipCode, m.committeeId,
                masked ? Masking.name(m.name) : m.name, m.kind, m.traditional, m.appointedOn, m.termEndsOn,
                m.termExpired(today), m.status, m.retiredOn,
                m.trainings.stream().map(t -> new TrainingView(t.date, t.hours, t.topic)).toList(),
                MediatorRules.trainingHoursIn(m.trainings, today.getYear()), m.createdAt, m.updatedAt);
    }
}
