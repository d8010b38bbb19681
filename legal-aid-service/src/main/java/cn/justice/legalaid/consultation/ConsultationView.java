package cn.justice.legalaid.consultation;

import cn.justice.platform.record.RecordView;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A consultation entry as the API shows it. */
@Schema(name = "Consultation", description = "法律咨询")
public record ConsultationView(UUID id,
                               @Schema(description = "Optimistic concurrency version; send it as If-Match") long version,
                               String countyCode, String townshipCode, String villageCode, LocalDate date,
                               ConsultationChannel channel, String topic, int count, Instant createdAt,
                               Instant updatedAt) implements RecordView {
    public static ConsultationView of(Consultation c) {
        return new ConsultationView(c.id, c.version, c.countyCode, c.townshipCode, c.villageCode, c.date, c.channel,
                c.topic, c.count, c.createdAt, c.updatedAt);
    }
}
