package cn.justice.legalaid.consultation;

import java.time.LocalDate;
import java.util.UUID;

/** {@code data} of the {@code legal-aid.consultation.*} events (the topic, free text, stays in the service). */
public record ConsultationEventData(UUID consultationId, long version, String countyCode, String townshipCode,
                                    String villageCode, LocalDate date, ConsultationChannel channel, int count) {
    public static ConsultationEventData of(Consultation c) {
        return new ConsultationEventData(c.id, c.version, c.countyCode, c.townshipCode, c.villageCode, c.date, c.channel, c.count);
    }
}
